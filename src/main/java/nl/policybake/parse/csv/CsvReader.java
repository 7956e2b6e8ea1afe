package nl.policybake.parse.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.load.SourceFile;

/**
 * Reads one CSV file. All problems of a file are reported in one run; a file with an error in its structure
 * (encoding, unclosed quote, ragged row, bad header) gives no table.
 */
public final class CsvReader {

    private final Optional<Charset> fallback;

    /** @param fallback the encoding the site declares for files that are not UTF-8 (empty: such a file is an error) */
    public CsvReader(Optional<Charset> fallback) {
        this.fallback = fallback;
    }

    /** The table of {@code file}, or empty after reporting why it cannot be read. */
    public Optional<CsvTable> read(SourceFile file, Diagnostics diags) {
        Optional<String> text = decode(file, diags);
        if (text.isEmpty()) return Optional.empty();
        String s = text.get();
        char separator = separator(s);
        List<CsvTable.Row> records = new CsvTokenizer(file.path(), s, separator, diags).records();
        if (records == null) return Optional.empty();
        int firstData = 0;
        while (firstData < records.size() && isBlank(records.get(firstData))) firstData++;
        if (firstData == records.size()) {
            diags.error(SourcePos.of(file.path(), 1), "csv.empty");
            return Optional.empty();
        }
        CsvTable.Row header = records.get(firstData);
        boolean ok = checkHeader(file.path(), header, diags);
        List<CsvTable.Row> rows = new ArrayList<>();
        int width = header.cells().size();
        for (CsvTable.Row r : records.subList(firstData + 1, records.size())) {
            if (isBlank(r)) continue;
            if (r.cells().size() > width && !isBlankFrom(r, width)) {
                diags.error(SourcePos.of(file.path(), r.line()), "csv.ragged", r.cells().size(), width);
                ok = false;
                continue;
            }
            List<String> cells = new ArrayList<>(r.cells().subList(0, Math.min(width, r.cells().size())));
            while (cells.size() < width) cells.add("");
            rows.add(new CsvTable.Row(r.line(), List.copyOf(cells)));
        }
        List<String> names = header.cells().stream().map(String::strip).toList();
        return ok ? Optional.of(new CsvTable(file.path(), header.line(), names, List.copyOf(rows))) : Optional.empty();
    }

    private Optional<String> decode(SourceFile file, Diagnostics diags) {
        byte[] b = file.bytes();
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (CharacterCodingException e) {
            if (fallback.isPresent()) return Optional.of(new String(b, fallback.get()));
            int bad = firstNonAscii(b);
            int line = 1;
            for (int i = 0; i < bad; i++) if (b[i] == '\n') line++;
            diags.error(SourcePos.of(file.path(), line), "csv.notUtf8", String.format(Locale.ROOT, "0x%02X", b[bad] & 0xFF));
            return Optional.empty();
        }
    }

    private static int firstNonAscii(byte[] b) {
        for (int i = 0; i < b.length; i++) if ((b[i] & 0x80) != 0) return i;
        return 0;
    }

    /** The separator that occurs most often outside quotes on the header line; {@code ;} wins a tie. */
    static char separator(String s) {
        Map<Character, Integer> counts = new HashMap<>();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quoted = !quoted;
            if (!quoted && (c == '\n' || c == '\r')) {
                if (counts.isEmpty() && s.substring(0, i).isBlank()) continue;
                break;
            }
            if (!quoted && (c == ';' || c == ',' || c == '\t')) counts.merge(c, 1, Integer::sum);
        }
        char best = ';';
        int most = counts.getOrDefault(';', 0);
        for (char c : new char[] {',', '\t'}) {
            if (counts.getOrDefault(c, 0) > most) {
                best = c;
                most = counts.get(c);
            }
        }
        return best;
    }

    private static boolean checkHeader(String path, CsvTable.Row header, Diagnostics diags) {
        boolean ok = true;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (name.isEmpty()) {
                if (i == header.cells().size() - 1) continue;
                diags.error(SourcePos.of(path, header.line()), "csv.emptyHeader", i + 1);
                ok = false;
                continue;
            }
            Integer earlier = seen.putIfAbsent(HeaderNames.key(name), i + 1);
            if (earlier != null) {
                diags.error(SourcePos.of(path, header.line()), "csv.duplicateHeader", name, earlier, i + 1);
                ok = false;
            }
        }
        return ok;
    }

    private static boolean isBlank(CsvTable.Row r) {
        return isBlankFrom(r, 0);
    }

    private static boolean isBlankFrom(CsvTable.Row r, int from) {
        for (int i = from; i < r.cells().size(); i++) if (!r.cells().get(i).isBlank()) return false;
        return true;
    }
}
