package nl.policybake.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;

class SiteLoaderTest {

    @TempDir
    Path site;

    @BeforeEach
    void writeSite() throws IOException {
        write("site-config.properties", "site.theme = eigen\n");
        write("content/index.md", "start");
        write("content/regio/plan.md", "plan");
        write("content/regio/.plan.md.swp", "editor");
        write("content/.git/HEAD", "ref");
        write("content/regio/~$kader.xlsx", "Excel's slot");
        write("content/regio/data/kader.csv", "a;b\n");
        write("themes/eigen/templates/base.peb", "{{ content }}");
        write("themes/eigen/static/style.css", "body {}");
        write("themes/ander/templates/base.peb", "niet gebruikt");
        write("notities/gedeeld.md", "gedeeld");
        Files.createSymbolicLink(site.resolve("content/regio/gedeeld.md"), site.resolve("notities/gedeeld.md"));
        Files.createSymbolicLink(site.resolve("content/map"), site.resolve("notities"));
    }

    private void write(String path, String text) throws IOException {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static Diagnostics diagnostics() {
        return new Diagnostics(Messages.forLanguage("en"), false);
    }

    /** What a build reads: the config, then content/, then the theme. */
    private List<SourceFile> read(SiteLoader loader, Diagnostics diags) {
        List<SourceFile> files = new ArrayList<>();
        loader.config(diags).ifPresent(files::add);
        files.addAll(loader.content(diags));
        files.addAll(loader.theme("eigen", diags));
        return files;
    }

    @Test
    void stampsListWhatTheLoaderReadsInTheSameOrderWithSizeAndTime() throws IOException {
        SiteLoader loader = new SiteLoader(site);
        Diagnostics diags = diagnostics();
        List<SourceFile> read = read(loader, diags);

        List<FileStamp> stamps = loader.stamps("eigen").orElseThrow();

        assertEquals(0, diags.errorCount());
        assertEquals(List.of("site-config.properties", "content/index.md", "content/regio/data/kader.csv",
                "content/regio/gedeeld.md", "content/regio/plan.md", "themes/eigen/static/style.css",
                "themes/eigen/templates/base.peb"), read.stream().map(SourceFile::path).toList());
        assertEquals(read.stream().map(SourceFile::path).toList(), stamps.stream().map(FileStamp::path).toList());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(read.get(i).bytes().length, stamps.get(i).size(), read.get(i).path());
        }
        FileStamp linked = stamps.get(3);
        assertEquals(Files.getLastModifiedTime(site.resolve("notities/gedeeld.md")).to(
                java.util.concurrent.TimeUnit.NANOSECONDS), linked.modified(), "a link has the time of its file");
    }

    @Test
    void everyFileReadIsHandedOnInTheOrderRead() {
        List<SourceFile> handed = new ArrayList<>();
        SiteLoader loader = new SiteLoader(site, handed::add);

        List<SourceFile> read = read(loader, diagnostics());

        assertEquals(read, handed);
    }

    @Test
    void stampsAreEmptyWhereTheLoaderReportsALinkOutOfTheSite(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("geheim.md"), "buiten");
        Files.createSymbolicLink(site.resolve("content/regio/geheim.md"), elsewhere.resolve("geheim.md"));
        SiteLoader loader = new SiteLoader(site);
        Diagnostics diags = diagnostics();
        read(loader, diags);

        assertEquals(List.of("content/regio/geheim.md"), diags.sorted().stream().map(d -> d.pos().path()).toList());
        assertEquals(Optional.empty(), loader.stamps("eigen"));
    }

    @Test
    void stampsAreEmptyWithoutTheThemeTheContentOrTheConfig() throws IOException {
        SiteLoader loader = new SiteLoader(site);
        assertEquals(Optional.empty(), loader.stamps("weg"));

        Files.move(site.resolve("site-config.properties"), site.resolve("oud.properties"));
        Files.createDirectories(site.resolve("site-config.properties"));
        assertEquals(Optional.empty(), loader.stamps("eigen"), "a folder where the config should be");
        Files.delete(site.resolve("site-config.properties"));
        assertEquals(Optional.empty(), loader.stamps("eigen"));

        Files.move(site.resolve("oud.properties"), site.resolve("site-config.properties"));
        Files.move(site.resolve("content"), site.resolve("inhoud"));
        assertEquals(Optional.empty(), loader.stamps("eigen"));
    }
}
