import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;

/**
 * Parses and renders the Markdown bodies below a folder (front matter cut off) in one thread, four rounds: flexmark
 * with tables (captions), footnotes and typographic quotes, against commonmark-java with tables, footnotes, autolinks
 * and source spans (which policybake needs for line numbers). Neither does abbreviations here: policybake's own
 * marker is cheap, flexmark's stock one is not (with it flexmark took about three times as long).
 */
public class MdBench {
    public static void main(String[] a) throws Exception {
        List<String> bodies;
        try (Stream<Path> s = Files.walk(Path.of(a[0]))) {
            bodies = s.filter(p -> p.toString().endsWith(".md")).sorted().limit(Integer.parseInt(a[1])).map(p -> {
                try { String t = Files.readString(p); int i = t.indexOf("\n---", 4); return i > 0 ? t.substring(i + 4) : t; }
                catch (Exception e) { throw new RuntimeException(e); }
            }).toList();
        }
        long chars = bodies.stream().mapToLong(String::length).sum();
        MutableDataSet o = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), TypographicExtension.create()))
            .set(TablesExtension.WITH_CAPTION, true).set(HtmlRenderer.SOFT_BREAK, "\n");
        Parser fp = Parser.builder(o).build(); HtmlRenderer fr = HtmlRenderer.builder(o).build();
        var ext = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create(), org.commonmark.ext.footnotes.FootnotesExtension.create(), org.commonmark.ext.autolink.AutolinkExtension.create());
        org.commonmark.parser.Parser cp = org.commonmark.parser.Parser.builder().extensions(ext).includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        org.commonmark.renderer.html.HtmlRenderer cr = org.commonmark.renderer.html.HtmlRenderer.builder().extensions(ext).build();
        System.out.println(bodies.size() + " bodies, " + chars / 1_000_000 + " M chars");
        for (int round = 0; round < 4; round++) {
            long t = System.nanoTime(); long n = 0;
            for (String b : bodies) n += fr.render(fp.parse(b)).length();
            long f = System.nanoTime() - t;
            t = System.nanoTime(); long m = 0;
            for (String b : bodies) m += cr.render(cp.parse(b)).length();
            long c = System.nanoTime() - t;
            System.out.printf("round %d: flexmark %d ms (%d chars out), commonmark %d ms (%d chars out), ratio %.2f%n", round, f / 1_000_000, n, c / 1_000_000, m, (double) c / f);
        }
    }
}
