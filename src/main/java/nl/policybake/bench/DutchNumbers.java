package nl.policybake.bench;

/**
 * Formats numbers as Dutch policy texts and Excel exports write them: a dot between thousands ({@code 4.647.090}),
 * a comma before decimals ({@code 257,30}), a percent sign without space ({@code 19%}) and a euro sign with one
 * ({@code € 1.234}). Written out by hand rather than through {@code NumberFormat}, so the output never depends on
 * the JDK's locale data.
 */
final class DutchNumbers {

    private DutchNumbers() {
    }

    /** {@code 4647090} as {@code 4.647.090}; negative numbers get a leading minus. */
    static String whole(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) sb.append('.');
            sb.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + sb;
    }

    /** {@code hundredths} as a number with two decimals: {@code 25730} is {@code 257,30}. */
    static String decimal(long hundredths) {
        long abs = Math.abs(hundredths);
        String cents = String.valueOf(abs % 100);
        return (hundredths < 0 ? "-" : "") + whole(abs / 100) + "," + (cents.length() == 1 ? "0" + cents : cents);
    }

    /** {@code tenths} of a percent with one decimal: {@code 32} is {@code 3,2%}; a whole number drops the ",0". */
    static String percent(long tenths) {
        long abs = Math.abs(tenths);
        String sign = tenths < 0 ? "-" : "";
        return abs % 10 == 0 ? sign + whole(abs / 10) + "%" : sign + whole(abs / 10) + "," + abs % 10 + "%";
    }

    /** Whole euros: {@code € 4.647.090}. */
    static String euros(long euros) {
        return "€ " + whole(euros);
    }
}
