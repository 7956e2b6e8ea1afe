package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.TestSite;
import nl.policybake.diag.Diagnostic;
import nl.policybake.output.SiteWriter;

/**
 * After any sequence of edits, creations, renames and deletions, an incremental build gives what a clean build of
 * the same files gives: the same diagnostics, and when it succeeds, the same output folder byte for byte. The
 * site is part of the sample site (two agendas with action lines, data tables and charts); each seed makes its own
 * random sequence of changes, and a failure names the seed and the steps so far. More seeds and steps:
 * {@code -Dpolicybake.seeds=20 -Dpolicybake.steps=40}; one seed again: {@code -Dpolicybake.seed=N}.
 */
public class IncrementalBuildIT {

    private static final int SEEDS = Integer.getInteger("policybake.seeds", 4);
    private static final int STEPS = Integer.getInteger("policybake.steps", 24);

    @TempDir
    Path tmp;

    @Test
    void incrementalBuildsEqualCleanBuildsAfterRandomChanges() throws IOException {
        Long only = Long.getLong("policybake.seed");
        long first = only != null ? only : System.currentTimeMillis() % 100_000;
        int seeds = only != null ? 1 : SEEDS;
        for (long seed = first; seed < first + seeds; seed++) run(seed);
    }

    @Test
    void aRebuildRendersOnlyWhatAChangeAffects() throws IOException {
        Path site = tmp.resolve("site");
        Fixture.copy(site);
        SiteBuilder builder = SiteBuilder.incremental();
        Path out = tmp.resolve("out");
        BuildResult first = builder.build(options(site, out));
        assertTrue(first.isOk(), () -> lines(first).toString());
        SiteBuilder.Work all = builder.lastWork();

        BuildResult same = builder.build(options(site, out));
        assertEquals(new SiteBuilder.Work(0, 0), builder.lastWork());
        assertEquals(List.of(), same.changed());

        String doc = "content/west-brabant-west/2018-2021/tussentijdse-evaluatie.md";
        Path file = site.resolve(doc);
        Files.writeString(file, Files.readString(file) + "\nEen zin die er net bij kwam.\n");
        builder.touched(List.of(doc));
        BuildResult edited = builder.build(options(site, out));
        // the document's page, the period's print page and the search index; the lists show only the title
        assertEquals(new SiteBuilder.Work(1, 2), builder.lastWork());
        assertTrue(edited.stageMillis().containsKey("render periods"), () -> "a text edit renders only its period: "
                + edited.stageMillis());
        assertTrue(edited.changed().containsAll(List.of("west-brabant-west/2018-2021/tussentijdse-evaluatie/index.html",
                "west-brabant-west/2018-2021/afdrukken/index.html")), edited.changed()::toString);
        assertTrue(edited.changed().stream().allMatch(p -> p.contains("tussentijdse-evaluatie/")
                || p.contains("afdrukken/") || p.startsWith("search/")), edited.changed()::toString);

        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: Evaluatie, herzien"));
        builder.touched(List.of(doc));
        BuildResult retitled = builder.build(options(site, out));
        assertFalse(retitled.stageMillis().containsKey("render periods"), "a new title shows in lists: a full rebuild");
        assertTrue(retitled.changed().contains("west-brabant-west/2018-2021/index.html"), retitled.changed()::toString);

        Path css = site.resolve("themes/default/static/style.css");
        Files.writeString(css, Files.readString(css) + "\n/* nieuw */\n");
        builder.touched(List.of("themes/default/static/style.css"));
        builder.build(options(site, out));
        assertEquals(all.pages(), builder.lastWork().pages(), "a theme change renders every page again");
    }

    /**
     * A text edit writes the saved document's page before the rest of its period. When the rest then fails to render
     * (here a print template that breaks on a word), the page is put back and the full rebuild reports the error:
     * a failed build leaves the output as the last good build wrote it.
     */
    @Test
    void aTextEditWhosePeriodFailsToRenderPutsTheSavedPageBack() throws IOException {
        Path site = tmp.resolve("site");
        Fixture.copy(site);
        Path print = site.resolve("themes/default/templates/print.peb");
        Files.writeString(print, Files.readString(print).replace("<div class=\"prose\">{{ s.body }}</div>",
                "<div class=\"prose\">{{ s.body }}{% if s.body.toString() contains 'BREEK' %}{{ 1 / 0 }}{% endif %}</div>"));
        SiteBuilder builder = SiteBuilder.incremental();
        Path out = tmp.resolve("out");
        assertTrue(builder.build(options(site, out)).isOk());
        Map<String, byte[]> good = tree(out);
        List<String> told = new ArrayList<>();

        String doc = "content/west-brabant-west/2018-2021/tussentijdse-evaluatie.md";
        Path file = site.resolve(doc);
        Files.writeString(file, Files.readString(file) + "\nEen zin met BREEK erin.\n");
        builder.touched(List.of(doc));
        BuildResult broken = builder.build(options(site, out), w -> told.addAll(w.changed()));

        assertFalse(broken.isOk());
        assertTrue(lines(broken).stream().anyMatch(l -> l.startsWith("themes/default/templates/print.peb")),
                () -> lines(broken).toString());
        assertEquals(List.of("west-brabant-west/2018-2021/tussentijdse-evaluatie/index.html"), told,
                "the page was written and announced first");
        Map<String, byte[]> after = tree(out);
        assertEquals(good.keySet(), after.keySet());
        for (String path : good.keySet()) assertArrayEquals(good.get(path), after.get(path), path + " was put back");
    }

    /** A text edit whose page cannot be written fails with the folder named, and the next build repairs the output. */
    @Test
    void aTextEditThatCannotBeWrittenFailsAndTheNextBuildRepairsTheOutput() throws IOException {
        Path site = tmp.resolve("site");
        Fixture.copy(site);
        SiteBuilder builder = SiteBuilder.incremental();
        Path out = tmp.resolve("out");
        assertTrue(builder.build(options(site, out)).isOk());
        String doc = "content/west-brabant-west/2018-2021/tussentijdse-evaluatie.md";
        Path file = site.resolve(doc);
        Files.writeString(file, Files.readString(file) + "\nEen zin die niet op schijf komt.\n");
        Path folder = out.resolve("west-brabant-west/2018-2021/tussentijdse-evaluatie");
        delete(folder);
        Files.writeString(folder, "een bestand waar de map van de pagina hoort");
        builder.touched(List.of(doc));

        BuildResult failed = builder.build(options(site, out));

        assertFalse(failed.isOk());
        assertTrue(lines(failed).stream().anyMatch(l -> l.contains("kan niet schrijven naar '" + out + "'")),
                () -> lines(failed).toString());
        Files.delete(folder);
        BuildResult repaired = builder.build(options(site, out));
        assertTrue(repaired.isOk(), () -> lines(repaired).toString());
        Path clean = tmp.resolve("clean");
        assertTrue(new SiteBuilder().build(options(site, clean)).isOk());
        assertSameTree(clean, out, "after the repair");
    }

    private void run(long seed) throws IOException {
        Path site = tmp.resolve("site-" + seed);
        Fixture.copy(site);
        Changes changes = new Changes(site, new Random(seed));
        SiteBuilder incremental = SiteBuilder.incremental();
        Path incOut = tmp.resolve("inc-" + seed);
        BuildResult start = incremental.build(options(site, incOut));
        assertTrue(start.isOk(), () -> "the fixture site must build: " + lines(start));
        List<String> log = new ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            String what = changes.next();
            log.add(step + ". " + what);
            incremental.touched(changes.touched());
            BuildResult inc = incremental.build(options(site, incOut));
            Path cleanOut = tmp.resolve("clean-" + seed + "-" + step);
            BuildResult clean = new SiteBuilder().build(options(site, cleanOut));
            String context = "seed " + seed + " (rerun with -Dpolicybake.seed=" + seed + "), steps:\n"
                    + String.join("\n", log);
            assertEquals(lines(clean), lines(inc), () -> "diagnostics differ; " + context);
            if (clean.isOk()) {
                assertSameTree(cleanOut, incOut, context);
                delete(cleanOut);
            }
        }
    }

    private static BuildOptions options(Path site, Path out) {
        return new BuildOptions(site, out, true, false, true);
    }

    private static List<String> lines(BuildResult r) {
        return r.diagnostics().sorted().stream().map(Diagnostic::format).toList();
    }

    private static void assertSameTree(Path expected, Path actual, String context) throws IOException {
        Map<String, byte[]> want = tree(expected);
        Map<String, byte[]> got = tree(actual);
        assertEquals(want.keySet(), got.keySet(), () -> "output files differ; " + context);
        for (String path : want.keySet()) {
            if (!Arrays.equals(want.get(path), got.get(path))) fail("output file " + path + " differs; " + context);
        }
    }

    /**
     * Every file and folder below {@code dir}; folders map to an empty array.
     */
    public static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> !p.equals(dir)).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                files.put(Files.isDirectory(p) ? rel + "/" : rel, Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return files;
    }

    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** The fixture: the sample site's config and theme, its home page and two of its agendas. */
    public static final class Fixture {
        public static void copy(Path site) throws IOException {
            TestSite.copyTheme(site);
            Files.copy(Path.of("site-config.properties"), site.resolve("site-config.properties"));
            for (String part : List.of("index.md", "toegankelijkheid.md", "data", "west-brabant-west", "hart-van-brabant")) {
                TestSite.copyTree(Path.of("content", part), site.resolve("content").resolve(part));
            }
        }
    }

    /**
     * Random changes of the kinds an editor makes: text, titles, new and deleted documents, renames, a status in an
     * action-line table, a figure in a data file, a broken and a mended front matter, the theme and the config.
     * Deleted and broken files come back later, so the site does not stay broken.
     */
    public static final class Changes {
        private final Path site;
        private final Random random;
        private final Deque<Runnable> undo = new ArrayDeque<>();
        private final List<String> touched = new ArrayList<>();
        private int n;

        public Changes(Path site, Random random) {
            this.site = site;
            this.random = random;
        }

        /** The paths the last change touched, relative to the site folder. */
        public List<String> touched() {
            List<String> copy = List.copyOf(touched);
            touched.clear();
            return copy;
        }

        /** Makes one random change and says what it was. */
        public String next() {
            n++;
            try {
                int kind = random.nextInt(14);
                if (kind >= 11 && !undo.isEmpty()) {
                    undo.pop().run();
                    return "undo the last deletion, rename or break";
                }
                return switch (kind) {
                    case 0, 1, 2 -> editText();
                    case 3 -> editTitle();
                    case 4 -> addDocument();
                    case 5 -> deleteDocument();
                    case 6 -> renameDocument();
                    case 7 -> changeStatus();
                    case 8 -> changeFigure();
                    case 9 -> breakFrontMatter();
                    default -> theme();
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String editText() throws IOException {
            Path f = pick(markdown());
            List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
            int at = lines.size() - random.nextInt(Math.max(1, lines.size() / 2));
            lines.add(Math.max(lines.indexOf("---") + 1, Math.min(at, lines.size())), "\nEen nieuwe zin " + n + ".\n");
            write(f, String.join("\n", lines) + "\n");
            return "edit the text of " + rel(f);
        }

        private String editTitle() throws IOException {
            Path f = pick(markdown());
            String text = read(f);
            write(f, text.replaceFirst("(?m)^title: \"?([^\"\n]*)\"?$", "title: \"$1 " + n + "\""));
            return "edit the title of " + rel(f);
        }

        private String addDocument() throws IOException {
            Path period = pick(periods());
            Path sibling = pick(documents(period));
            Path f = period.resolve("nieuw-" + n + ".md");
            write(f, "---\ntitle: Nieuw document " + n + "\ntype: notitie\ndate: 2020-01-0" + (1 + n % 9)
                    + "\nstatus: " + (random.nextBoolean() ? "gepubliceerd" : "concept") + "\n---\n## Inhoud\n\nZie ["
                    + "het andere stuk](" + sibling.getFileName() + ").\n");
            return "add " + rel(f);
        }

        private String deleteDocument() throws IOException {
            Path f = pick(documents(pick(periods())));
            byte[] before = Files.readAllBytes(f);
            Files.delete(f);
            touched.add(rel(f));
            undo.push(() -> restore(f, before));
            return "delete " + rel(f);
        }

        private String renameDocument() throws IOException {
            Path f = pick(documents(pick(periods())));
            Path to = f.resolveSibling("hernoemd-" + n + ".md");
            Files.move(f, to);
            touched.add(rel(f));
            touched.add(rel(to));
            undo.push(() -> {
                try {
                    Files.move(to, f);
                    touched.add(rel(f));
                    touched.add(rel(to));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return "rename " + rel(f) + " to " + to.getFileName();
        }

        private String changeStatus() throws IOException {
            Path f = site.resolve("content/hart-van-brabant/2015-2017/actielijnen.csv");
            String text = read(f);
            String from = random.nextBoolean() ? "groen: Volledig gerealiseerd" : "geel: Loopt met aandachtspunten";
            String to = from.startsWith("groen") ? "geel: Loopt met aandachtspunten" : "groen: Volledig gerealiseerd";
            int at = text.indexOf(from, random.nextInt(text.length()));
            if (at < 0) at = text.indexOf(from);
            if (at < 0) return "no status to change";
            write(f, text.substring(0, at) + to + text.substring(at + from.length()));
            return "change a status in " + rel(f);
        }

        private String changeFigure() throws IOException {
            Path f = pick(files(site.resolve("content"), p -> p.toString().contains("/data/") && p.toString().endsWith(".csv")));
            String text = read(f);
            int at = text.indexOf(';', random.nextInt(text.length()));
            while (at >= 0 && at + 1 < text.length() && !Character.isDigit(text.charAt(at + 1))) {
                at = text.indexOf(';', at + 1);
            }
            if (at < 0 || at + 1 >= text.length()) return "no figure to change in " + rel(f);
            char digit = (char) ('1' + random.nextInt(9));
            write(f, text.substring(0, at + 1) + digit + text.substring(at + 2));
            return "change a figure in " + rel(f);
        }

        private String breakFrontMatter() throws IOException {
            Path f = pick(markdown());
            byte[] before = Files.readAllBytes(f);
            write(f, read(f).replaceFirst("(?m)^title:", "titel:"));
            undo.push(() -> restore(f, before));
            return "break the front matter of " + rel(f);
        }

        private String theme() throws IOException {
            switch (random.nextInt(3)) {
                case 0 -> {
                    Path f = site.resolve("themes/default/static/style.css");
                    write(f, read(f) + "\n/* wijziging " + n + " */\n");
                    return "edit the theme's style.css";
                }
                case 1 -> {
                    Path f = site.resolve("themes/default/i18n/nl.properties");
                    write(f, read(f).replaceFirst("(?m)^(draft\\.label\\s*=\\s*)(.*)$", "$1$2 " + n));
                    return "edit a UI string";
                }
                default -> {
                    Path f = site.resolve("site-config.properties");
                    write(f, read(f).replaceFirst("(?m)^site\\.description = (.*)$", "site.description = $1 " + n));
                    return "edit the site description in the config";
                }
            }
        }

        private void restore(Path f, byte[] bytes) {
            try {
                Files.write(f, bytes);
                touched.add(rel(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<Path> markdown() throws IOException {
            return files(site.resolve("content"), p -> p.toString().endsWith(".md"));
        }

        private List<Path> periods() throws IOException {
            return files(site.resolve("content"), p -> p.getFileName().toString().equals("periode.md")).stream()
                    .map(Path::getParent).toList();
        }

        private List<Path> documents(Path period) throws IOException {
            List<Path> docs = new ArrayList<>();
            try (Stream<Path> s = Files.list(period)) {
                for (Path p : s.sorted().toList()) {
                    if (p.toString().endsWith(".md") && !p.getFileName().toString().equals("periode.md")) docs.add(p);
                }
            }
            return docs.isEmpty() ? List.of(period.resolve("periode.md")) : docs;
        }

        private static List<Path> files(Path dir, java.util.function.Predicate<Path> which) throws IOException {
            try (Stream<Path> s = Files.walk(dir)) {
                return s.filter(Files::isRegularFile).filter(which).sorted().toList();
            }
        }

        private Path pick(List<Path> paths) {
            return paths.get(random.nextInt(paths.size()));
        }

        private String read(Path f) throws IOException {
            return Files.readString(f, StandardCharsets.UTF_8);
        }

        private void write(Path f, String text) throws IOException {
            Files.writeString(f, text, StandardCharsets.UTF_8);
            touched.add(rel(f));
        }

        private String rel(Path f) {
            return site.relativize(f).toString().replace('\\', '/');
        }
    }
}
