package nl.policybake.post.search;

/** The little JSON the search index needs: strings escaped so that any text is safe inside a JSON file. */
final class Json {

    private Json() {
    }

    static String string(String s) {
        int i = 0;
        while (i < s.length() && isPlain(s.charAt(i))) i++;
        if (i == s.length()) return "\"" + s + "\"";
        StringBuilder sb = new StringBuilder(s.length() + 8).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A character that stands for itself inside a JSON string. */
    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029';
    }
}
