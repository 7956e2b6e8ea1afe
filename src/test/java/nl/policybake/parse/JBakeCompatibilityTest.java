package nl.policybake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.configuration.ConfigurationException;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.parse.data.DataBlockOptions;
import nl.policybake.parse.front.FrontMatter;
import nl.policybake.parse.front.FrontMatterParser;
import nl.policybake.parse.front.HeaderReader;
import nl.policybake.parse.front.Headers;

/**
 * Reads the JBake files in {@code src/test/resources/jbake/} with jbake-core 2.6.7 as the oracle and with our
 * parser, and checks that both see the same document.
 *
 * <p>JBake's own {@link Parser#processFile} reads each file (with {@code flexmark-profile-pegdown}, which jbake-core
 * declares optional, as a test dependency so its Markdown engine runs) and the {@code jbake.properties} in the same
 * folder: {@code markdown.extensions=TABLES,FOOTNOTES,ABBREVIATIONS,SMARTYPANTS,AUTOLINKS,FENCED_CODE_BLOCKS,
 * ATXHEADERSPACE}. JBake's default adds {@code HARDWRAPS}, which turns every newline into {@code <br />}, and has
 * no tables, footnotes, abbreviations or curly quotes, so a site on JBake's defaults renders differently. Compared:
 * title, date, tags, status ({@code draft} is our draft, {@code published} is not), type ({@code post} and
 * {@code page} are our {@code document}), where the header ends, and the body HTML.
 *
 * <p>Both HTML fragments are normalised before comparing, for the differences that change nothing on the page
 * or are ours on purpose:
 * <ul>
 *   <li>we give headings an {@code id}, header cells {@code scope="col"} and wrap tables in
 *       {@code <div class="table-scroll">}; all three are removed;</li>
 *   <li>JBake (pegdown profile) writes a soft line break as a space, we keep the newline; JBake keeps the
 *       padding spaces of table cells, we trim them; so runs of whitespace become one space, trimmed at the
 *       edges of table cells.</li>
 * </ul>
 *
 * <p>Known differences the fixtures avoid, because our reading is stricter on purpose: JBake reads a date
 * leniently ({@code 2021-02-31} becomes 3 March, {@code 2021-02-03x} is 3 February), we report it; JBake keeps
 * the last of two equal keys, we report the second; JBake keeps empty tags ({@code a, ,b}), we drop them;
 * JBake accepts any key and status {@code published-date}, our schema reports them. JBake skips a file whose
 * header has no line starting exactly {@code type=} ({@code type = post} does not count), we read it.
 */
class JBakeCompatibilityTest {

    private static final String FOLDER = "/jbake/";

    @TempDir
    Path source;

    static Stream<String> fixtures() {
        return Stream.of("clientparticipatie.md", "regiovisie.md", "tarieven-2021.md", "concept-verbeteragenda.md",
                "monitor-wachttijden.md", "over-deze-agenda.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsHeaderAsJBakeDoes(String file) throws IOException, ConfigurationException {
        Map<String, Object> jbake = jbake(file, ".html");
        Diagnostics diags = diagnostics();
        FrontMatter fm = new FrontMatterParser().parse(path(file), resource(file), diags).orElseThrow();
        Headers.DocHeader ours = new HeaderReader(diags).document(path(file), "regio", "2020-2023", slug(file), fm);

        assertEquals(jbake.get("title"), ours.title(), "title");
        assertEquals(Optional.of(localDate((Date) jbake.get("date"))), ours.date(), "date");
        assertEquals(tags(jbake.get("tags")), ours.tags(), "tags");
        String status = (String) jbake.get("status");
        assertTrue(Set.of("published", "draft").contains(status), "JBake status '" + status + "'");
        assertEquals(status.equals("draft"), ours.draft(), "draft for JBake status '" + status + "'");
        assertTrue(Set.of("post", "page").contains((String) jbake.get("type")), "JBake type");
        assertEquals("document", ours.type(), "type for JBake type '" + jbake.get("type") + "'");
        assertEquals(jbake.get("body"), fm.body(), "Markdown after the header");
        assertEquals("", formatted(diags));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rendersBodyAsJBakeDoes(String file) throws IOException, ConfigurationException {
        Map<String, Object> jbake = jbake(file, ".md");
        Diagnostics diags = diagnostics();
        FrontMatter fm = new FrontMatterParser().parse(path(file), resource(file), diags).orElseThrow();
        String html = new MarkdownRenderer(SiteConfig.RawHtmlPolicy.ESCAPE)
                .render(path(file), fm.body(), fm.bodyLine(), new LinkTargets("", Map.of(), Set.of(), Set.of()),
                        BlockScope.none(new DataBlockOptions("nl", diags)), diags)
                .html();

        assertEquals(normalise((String) jbake.get("body")), normalise(html));
        assertEquals("", formatted(diags));
    }

    /**
     * JBake's document model of {@code file}, read by its {@link Parser} with our {@code jbake.properties}. With
     * {@code extension} ".html" JBake keeps the body raw (to compare the header split); with ".md" it renders it.
     */
    private Map<String, Object> jbake(String file, String extension) throws IOException, ConfigurationException {
        Files.writeString(source.resolve("jbake.properties"), resource("jbake.properties"));
        Path copy = Files.writeString(source.resolve(file.replace(".md", extension)), resource(file));
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), source.resolve("output").toFile(), false);
        Map<String, Object> model = new Parser(config).processFile(copy.toFile());
        assertNotNull(model, "JBake skipped " + file + " (no type= or status= line in its header?)");
        return model;
    }

    /** Heading ids and the table wrapper removed, whitespace collapsed; see the class Javadoc. */
    private static String normalise(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("h1, h2, h3, h4, h5, h6").removeAttr("id");
        doc.select("th").removeAttr("scope");
        doc.select("div.table-scroll").unwrap();
        for (Element e : doc.body().getAllElements()) {
            for (TextNode t : e.textNodes()) {
                String text = t.getWholeText().replaceAll("\\s+", " ");
                if (e.is("td, th")) text = text.strip();
                t.text(text);
            }
        }
        doc.outputSettings().prettyPrint(true);
        return doc.body().html();
    }

    private static LocalDate localDate(Date date) {
        // JBake parses with SimpleDateFormat in the JVM's time zone, so midnight there is the day it read
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static List<String> tags(Object tags) {
        return tags == null ? List.of() : Arrays.asList((String[]) tags);
    }

    private static String path(String file) {
        return "content/regio/2020-2023/" + file;
    }

    private static String slug(String file) {
        return file.substring(0, file.length() - ".md".length());
    }

    private static Diagnostics diagnostics() {
        return new Diagnostics(Messages.forLanguage("nl"), false);
    }

    private static String formatted(Diagnostics diags) {
        return diags.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    private static String resource(String name) {
        try (InputStream in = JBakeCompatibilityTest.class.getResourceAsStream(FOLDER + name)) {
            assertNotNull(in, "missing test resource " + FOLDER + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("cannot read " + FOLDER + name, e);
        }
    }
}
