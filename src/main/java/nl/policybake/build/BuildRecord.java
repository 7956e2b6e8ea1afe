package nl.policybake.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Severity;
import nl.policybake.diag.SourcePos;

/**
 * What a good build that wrote its output depended on and reported, kept in the site folder so that the next one-off
 * build can see that nothing changed ({@link BuildRecorder} decides where it is kept and what it means). The text has
 * one item per line, fields separated by tabs (tabs, line breaks and backslashes escaped), a version on the first line
 * and a CRC-32 of everything before it on the last; {@link #parse} accepts nothing else, so a foreign, cut-off or
 * damaged record counts as no record. (CRC-32 because it guards against accidents, not attacks, and costs next to
 * nothing in a JVM that has just started, where SHA-256 over a 2 MB record took 0.1 s.)
 *
 * @param identity what must be the same for the record to apply at all
 * @param theme the theme folder whose files are among the inputs
 * @param code the files the policybake code runs from (the jar, or every file of a classes folder)
 * @param inputs every file the loader read, in the order it read them
 * @param output the output folder as it was after writing
 * @param outcome what the build reported
 */
record BuildRecord(Identity identity, String theme, List<Entry> code, List<Entry> inputs, Output output,
                   Outcome outcome) {

    private static final String HEADER = "policybake build record\t1";

    /**
     * The settings a build's output depends on besides its input files: the site and output folders (absolute), the
     * build options, and the Java runtime.
     */
    record Identity(String site, String output, boolean drafts, boolean strict, String runtime) {
    }

    /**
     * A file as it was read: its size and modification time (nanoseconds) from just before reading, the SHA-256 of
     * the bytes read, and whether it was modified so shortly before it was read that a later change could have kept
     * its time ({@code racy}); such a file is compared by content every time.
     */
    record Entry(String path, long size, long modified, boolean racy, String hash) {
    }

    /**
     * The output folder: the number of files (the marker not counted), the newest modification time (nanoseconds),
     * and a digest of every name, size and modification time in it ({@link OutputFolder}).
     */
    record Output(int files, long newest, String digest) {
    }

    /** What the build reported: the site's language, the summary's figures and every warning. */
    record Outcome(String language, int pages, int agendas, int periods, int documents, List<Diagnostic> warnings) {
    }

    /** The record as text, ready to be written. */
    String format() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        line(sb, "site", identity.site());
        line(sb, "output", identity.output());
        line(sb, "drafts", identity.drafts());
        line(sb, "strict", identity.strict());
        line(sb, "runtime", identity.runtime());
        line(sb, "theme", theme);
        line(sb, "summary", outcome.language(), outcome.pages(), outcome.agendas(), outcome.periods(),
                outcome.documents());
        line(sb, "outputs", output.files(), output.newest(), output.digest());
        for (Entry e : code) entry(sb, "code", e);
        for (Entry e : inputs) entry(sb, "input", e);
        for (Diagnostic d : outcome.warnings()) {
            line(sb, "warning", d.pos().path(), d.pos().line(), d.pos().column(), d.severityLabel(), d.problem(),
                    d.hint());
        }
        line(sb, "end", checksum(sb.toString()));
        return sb.toString();
    }

    /** The record in {@code text}; empty when the text is not a complete, unaltered record of this version. */
    static Optional<BuildRecord> parse(String text) {
        int end = text.lastIndexOf("end\t");
        if (!text.startsWith(HEADER + "\n") || end < 0 || (end > 0 && text.charAt(end - 1) != '\n')) {
            return Optional.empty();
        }
        String body = text.substring(0, end);
        if (!text.substring(end).equals("end\t" + checksum(body) + "\n")) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(body.substring(HEADER.length() + 1).split("\n")));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty(); // a well-sealed record from a policybake that wrote it differently
        }
    }

    private static BuildRecord read(String[] lines) {
        int i = 0;
        String site = field(lines[i++], "site", 1)[0];
        String output = field(lines[i++], "output", 1)[0];
        boolean drafts = bool(field(lines[i++], "drafts", 1)[0]);
        boolean strict = bool(field(lines[i++], "strict", 1)[0]);
        String runtime = field(lines[i++], "runtime", 1)[0];
        String theme = field(lines[i++], "theme", 1)[0];
        String[] s = field(lines[i++], "summary", 5);
        String[] o = field(lines[i++], "outputs", 3);
        List<Entry> code = new ArrayList<>();
        List<Entry> inputs = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (; i < lines.length; i++) {
            String kind = lines[i].substring(0, lines[i].indexOf('\t'));
            switch (kind) {
                case "code" -> code.add(entry(field(lines[i], kind, 5)));
                case "input" -> inputs.add(entry(field(lines[i], kind, 5)));
                case "warning" -> {
                    String[] f = field(lines[i], kind, 6);
                    warnings.add(new Diagnostic(new SourcePos(f[0], count(f[1]), count(f[2])), Severity.WARNING,
                            f[4], f[5], f[3]));
                }
                default -> throw new IllegalArgumentException("unknown line '" + kind + "'");
            }
        }
        if (strict && !warnings.isEmpty()) throw new IllegalArgumentException("a strict build has no warnings");
        return new BuildRecord(new Identity(site, output, drafts, strict, runtime), theme, List.copyOf(code),
                List.copyOf(inputs), new Output(count(o[0]), Long.parseLong(o[1]), o[2]),
                new Outcome(s[0], count(s[1]), count(s[2]), count(s[3]), count(s[4]), List.copyOf(warnings)));
    }

    /** The {@code n} fields of {@code line}, which must start with {@code kind}. */
    private static String[] field(String line, String kind, int n) {
        if (!line.startsWith(kind + "\t")) throw new IllegalArgumentException("expected '" + kind + "'");
        String[] raw = line.substring(kind.length() + 1).split("\t", -1);
        if (raw.length != n) throw new IllegalArgumentException("'" + kind + "' has " + n + " fields");
        for (int i = 0; i < raw.length; i++) raw[i] = unescape(raw[i]);
        return raw;
    }

    private static Entry entry(String[] f) {
        return new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), bool(f[3]), f[4]);
    }

    private static void entry(StringBuilder sb, String kind, Entry e) {
        line(sb, kind, e.path(), e.size(), e.modified(), e.racy(), e.hash());
    }

    private static boolean bool(String s) {
        if (!s.equals("true") && !s.equals("false")) throw new IllegalArgumentException("not a boolean: " + s);
        return s.equals("true");
    }

    private static int count(String s) {
        int n = Integer.parseInt(s);
        if (n < 0) throw new IllegalArgumentException("negative: " + s);
        return n;
    }

    private static void line(StringBuilder sb, String kind, Object... fields) {
        sb.append(kind);
        for (Object f : fields) sb.append('\t').append(escape(String.valueOf(f)));
        sb.append('\n');
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                default -> throw new IllegalArgumentException("unknown escape '\\" + next + "'");
            }
        }
        return sb.toString();
    }

    /** The CRC-32 of {@code text}'s UTF-8 bytes, as the last line of a record holds it. */
    static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /** The SHA-256 of {@code bytes} in lower-case hexadecimal. */
    static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
