package nl.policybake;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.policybake.build.BuildOptions;
import nl.policybake.build.BuildResult;
import nl.policybake.build.SiteBuilder;
import nl.policybake.cli.Cli;

/**
 * A small site for one test, written from a single string in the style of Hugo's txtar files: each file starts
 * with a line {@code -- path --}. The project's default theme is copied in unless the text brings its own
 * {@code themes/}; a {@code site-config.properties} with the minimum keys is added unless the text has one.
 */
public final class TestSite {

    /** The project's own theme, relative to the Maven working directory (the project root). */
    public static final Path THEME = Path.of("themes/default");

    public static final String CONFIG = """
            site.title = Testregio
            site.url = https://test.example.nl
            site.language = nl
            site.contact = test@example.nl
            security.expires = 2030-01-01
            """;

    /** The smallest whole site: a home page, one agenda with one period, a published plan and a draft. */
    public static final String SMALL = """
            -- content/index.md --
            ---
            title: Start
            ---
            Welkom.
            -- content/regio/agenda.md --
            ---
            title: Regio
            ---
            -- content/regio/2020-2023/periode.md --
            ---
            title: Periode
            start: 2020-01-01
            end: 2023-12-31
            status: vastgesteld
            ---
            -- content/regio/2020-2023/plan.md --
            ---
            title: Plan
            status: gepubliceerd
            ---
            Tekst.
            -- content/regio/2020-2023/schets.md --
            ---
            title: Schets
            status: concept
            ---
            Nog niet af.
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** Writes the files of {@code txtar} into {@code dir}; of two entries for one path, the last one counts. */
    public static TestSite of(Path dir, String txtar) {
        Map<String, String> files = parse(txtar);
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            if (!files.containsKey("site-config.properties")) {
                Files.writeString(dir.resolve("site-config.properties"), CONFIG, StandardCharsets.UTF_8);
            }
            if (files.keySet().stream().noneMatch(k -> k.startsWith("themes/"))) copyTheme(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestSite(dir);
    }

    /** Copies the project's default theme into {@code site}/themes/default. */
    public static void copyTheme(Path site) throws IOException {
        copyTree(THEME, site.resolve("themes/default"));
    }

    /** Copies the file or folder {@code from} to {@code to}, making the folders it needs, replacing what is there. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static Map<String, String> parse(String txtar) {
        Map<String, String> files = new TreeMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (name != null) files.put(name, body.toString());
                name = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) files.put(name, body.toString());
        return files;
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("output");
    }

    /** Builds into {@link #output()}. */
    public BuildResult build() {
        return new SiteBuilder().build(new BuildOptions(root, output(), false, false, true));
    }

    /** The diagnostics of a build as the CLI prints them. */
    public static List<String> lines(BuildResult r) {
        List<String> lines = new ArrayList<>();
        r.diagnostics().sorted().forEach(d -> lines.add(d.format()));
        return lines;
    }

    /**
     * Every file below {@code dir} with its text (its bytes, Base64, for the gzipped search records) and modification
     * time, and every folder (ending in {@code /}), by relative path: equal snapshots mean nothing was written, added
     * or removed.
     */
    public static Map<String, String> readTree(Path dir) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> !p.equals(dir)).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    files.put(rel + "/", "");
                } else {
                    String content = rel.endsWith(".gz")
                            ? java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)) : Files.readString(p);
                    files.put(rel, content + "@" + Files.getLastModifiedTime(p));
                }
            }
        }
        return files;
    }

    /** A page of the last build as text. */
    public String page(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one CLI run. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs the CLI in-process with {@code args}. */
    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
