package nl.policybake.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.policybake.parse.Slugs;

/**
 * Writes a synthetic site for benchmarks: {@code site-config.properties}, a copy of a theme, and content of
 * agendas, periods and documents of Dutch policy prose such that policybake builds exactly the requested number
 * of pages without a single diagnostic. The same page count and seed give the same bytes on every machine: all
 * randomness comes from {@link java.util.Random} with fixed seeds, and no clock or locale is read.
 *
 * <pre>
 * java -cp target/policybake.jar nl.policybake.bench.SyntheticSite --pages N --out DIR [--seed S] [--theme DIR]
 * </pre>
 */
public final class SyntheticSite {

    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20_150_101L;

    private static final String USAGE = "usage: SyntheticSite --pages N --out DIR [--seed S] [--theme DIR]\n"
            + "  --pages N    pages the build will make, at least " + SitePlanner.MIN_PAGES + "\n"
            + "  --out DIR    folder to write the site into; must be missing or empty\n"
            + "  --seed S     seed for all text (default " + DEFAULT_SEED + ")\n"
            + "  --theme DIR  theme folder to copy (default themes/default)";

    /**
     * What was written. {@code words} counts the prose of the documents, roughly as a word processor would;
     * {@code charts} and {@code dataTables} count the {@code chart} and {@code table} blocks of the documents.
     */
    public record Summary(int pages, int agendas, int periods, int documents, long words, int actionLines,
                          int charts, int dataTables) {
    }

    private final int pages;
    private final long seed;
    private final Path theme;

    /**
     * @param pages the number of pages the build of this site makes, at least 8
     * @param theme the theme folder to copy; its folder name becomes {@code site.theme}
     * @throws IllegalArgumentException when {@code pages} is too small or the theme's name is not a valid theme name
     */
    public SyntheticSite(int pages, long seed, Path theme) {
        if (pages < SitePlanner.MIN_PAGES) {
            throw new IllegalArgumentException("--pages is " + pages + ", expected at least " + SitePlanner.MIN_PAGES);
        }
        Path folder = theme.toAbsolutePath().normalize().getFileName();
        String name = folder == null ? "" : folder.toString();
        if (!Slugs.isSlug(name)) throw new IllegalArgumentException("theme folder name '" + name + "' is not a slug");
        this.pages = pages;
        this.seed = seed;
        this.theme = theme;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns 0 when the site was written, 2 on a usage error, 1 when writing failed. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<Arguments> parsed = Arguments.parse(args, err);
        if (parsed.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        Arguments a = parsed.get();
        try {
            Summary s = new SyntheticSite(a.pages(), a.seed(), a.theme()).write(a.out());
            out.printf("generated %d pages (%d agendas, %d periods, %d documents, %d words, %d action lines, "
                    + "%d charts, %d data tables) in %s%n", s.pages(), s.agendas(), s.periods(), s.documents(),
                    s.words(), s.actionLines(), s.charts(), s.dataTables(), a.out());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("SyntheticSite: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("SyntheticSite: cannot write the site: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Writes the site into {@code out}, which must be missing or empty.
     *
     * @throws IOException when {@code out} is not empty, the theme cannot be read or a file cannot be written
     */
    public Summary write(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) throw new IOException("'" + out + "' is not empty");
            }
        }
        if (!Files.isDirectory(theme)) throw new IOException("the theme folder '" + theme + "' does not exist");
        SitePlan plan = new SitePlanner(seed).plan(pages);
        String themeName = String.valueOf(theme.toAbsolutePath().normalize().getFileName());
        Path content = out.resolve("content");
        Files.createDirectories(content);
        text(out.resolve("site-config.properties"), SiteTexts.config(themeName));
        copyTheme(out.resolve("themes").resolve(themeName));
        text(content.resolve("index.md"), SiteTexts.home(plan, seed));
        text(content.resolve("over-deze-site.md"), SiteTexts.about());
        List<DocTask> tasks = writeAgendas(plan, content);
        // each document has its own seed, so writing them in parallel gives the same bytes
        long words = tasks.parallelStream().mapToLong(DocTask::write).sum();
        return new Summary(plan.pages(), plan.agendas().size(), plan.periods(), plan.documents(), words,
                plan.actionLines(), plan.charts(), plan.dataTables());
    }

    /** Writes every agenda.md and periode.md, and the periods' data, and returns the documents still to write. */
    private static List<DocTask> writeAgendas(SitePlan plan, Path content) throws IOException {
        List<DocTask> tasks = new ArrayList<>();
        for (SitePlan.Agenda agenda : plan.agendas()) {
            Path agendaDir = content.resolve(agenda.id());
            Files.createDirectories(agendaDir);
            text(agendaDir.resolve("agenda.md"), SiteTexts.agenda(agenda));
            for (SitePlan.Period period : agenda.periods()) {
                Path periodDir = agendaDir.resolve(period.id());
                Files.createDirectories(periodDir);
                text(periodDir.resolve("periode.md"), SiteTexts.period(agenda, period));
                writeData(periodDir, agenda, period);
                List<SitePlan.Doc> docs = period.documents();
                for (int i = 0; i < docs.size(); i++) {
                    Optional<SitePlan.Doc> sibling = docs.size() > 1
                            ? Optional.of(docs.get((i + 1) % docs.size())) : Optional.empty();
                    tasks.add(new DocTask(periodDir, agenda, period, docs.get(i), sibling));
                }
            }
        }
        return tasks;
    }

    /** The period's data files, and its action-line table with the prose of its lines when it has any. */
    private static void writeData(Path dir, SitePlan.Agenda agenda, SitePlan.Period period) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        text(dir.resolve(DataFileWriter.KEY_FIGURES), DataFileWriter.keyFigures(agenda, period));
        text(dir.resolve(DataFileWriter.BUDGET), DataFileWriter.budget(period));
        if (period.actionLines().isEmpty()) return;
        text(dir.resolve(ActionLineWriter.FILE), ActionLineWriter.table(agenda, period));
        Files.createDirectories(dir.resolve("actielijnen"));
        for (SitePlan.ActionLine line : period.actionLines()) {
            if (line.hasProse()) {
                text(dir.resolve("actielijnen").resolve(line.id() + ".md"),
                        ActionLineWriter.introduction(agenda, period, line));
            }
        }
    }

    /** One document to write into {@code dir}. */
    private record DocTask(Path dir, SitePlan.Agenda agenda, SitePlan.Period period, SitePlan.Doc doc,
                           Optional<SitePlan.Doc> sibling) {

        /** Writes the file and returns its number of words. */
        long write() {
            DocumentWriter.Text t = DocumentWriter.write(agenda, period, doc, sibling);
            text(dir.resolve(doc.slug() + ".md"), t.markdown());
            return t.words();
        }
    }

    private void copyTheme(Path target) throws IOException {
        Path source = theme.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> s = Files.walk(source)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path to = target.resolve(source.relativize(f).toString());
            Files.createDirectories(to.getParent());
            Files.copy(f, to);
        }
    }

    private static void text(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
