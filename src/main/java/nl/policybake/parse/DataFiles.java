package nl.policybake.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.policybake.diag.Diagnostics;
import nl.policybake.load.SourceFile;
import nl.policybake.model.Asset;
import nl.policybake.model.data.DataCell;
import nl.policybake.model.data.DataRow;
import nl.policybake.model.data.Dataset;
import nl.policybake.parse.csv.CsvReader;
import nl.policybake.parse.data.DatasetReader;
import nl.policybake.parse.data.NumberParser;

/**
 * The data files of the site ({@code .../data/*.csv}): read once, found by the blocks that name them, and published
 * as a clean copy that is safe to open in Excel (no cell starts a formula; numbers stay numbers).
 */
final class DataFiles {

    private final CsvReader csv;
    private final DatasetReader reader;
    private final Map<String, Dataset> bySource = new TreeMap<>();

    DataFiles(String language, CsvReader csv, Diagnostics diags) {
        this.csv = csv;
        this.reader = new DatasetReader(new NumberParser(language), diags);
    }

    static boolean isData(String path) {
        return path.endsWith(".csv") && path.contains("/data/");
    }

    void read(List<SourceFile> files) {
        for (SourceFile f : files) csv.read(f, reader.diagnostics()).ifPresent(t -> bySource.put(f.path(), reader.read(t)));
    }

    /** The data file {@code relative} leads to from the folder of {@code source}. */
    Optional<Dataset> resolve(String source, String relative) {
        String path = LinkTargets.normalise(source.substring(0, source.lastIndexOf('/') + 1) + relative);
        return path == null ? Optional.empty() : Optional.ofNullable(bySource.get(path));
    }

    /** {@code assets} with every data file replaced by its Excel-safe copy. */
    List<Asset> safeCopies(List<Asset> assets) {
        List<Asset> result = new ArrayList<>();
        for (Asset a : assets) {
            Dataset d = bySource.get(a.source());
            result.add(d == null ? a : new Asset(a.outputPath(), a.source(), excelSafe(d)));
        }
        return result;
    }

    /** UTF-8 with BOM, {@code ;}-separated, every cell quoted; text that Excel would run as a formula gets a quote. */
    static byte[] excelSafe(Dataset d) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>();
        header.add(d.labelHeader());
        header.addAll(d.columns());
        line(sb, header);
        for (DataRow r : d.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(safe(r.label()));
            for (DataCell c : r.cells()) cells.add(c.value().isPresent() ? c.text() : safe(c.text()));
            line(sb, cells);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(';');
            sb.append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
        }
        sb.append("\r\n");
    }
}
