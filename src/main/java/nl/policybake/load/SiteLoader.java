package nl.policybake.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * Reads the site's files. Names that start with a dot ({@code .git}, {@code .DS_Store}) are not part of the
 * site and are passed over; so is Excel's lock file {@code ~$name}. A symbolic link that leads outside the site
 * folder is an error, never followed.
 */
public final class SiteLoader {

    public static final String CONTENT = "content";
    public static final String THEMES = "themes";
    public static final String CONFIG = "site-config.properties";

    private final Path root;
    private final Consumer<SourceFile> reads;

    public SiteLoader(Path root) {
        this(root, file -> { });
    }

    /**
     * A loader that also hands every file it reads to {@code reads}, in the order it reads them: the build record
     * takes its inputs from there, so no file the build reads can be missing from it.
     */
    public SiteLoader(Path root, Consumer<SourceFile> reads) {
        this.root = root.toAbsolutePath().normalize();
        this.reads = reads;
    }

    /** Reads {@code site-config.properties}; empty after reporting when it is missing or unreadable. */
    public Optional<SourceFile> config(Diagnostics diags) {
        Path file = root.resolve(CONFIG);
        try {
            return Optional.of(readFile(CONFIG, file));
        } catch (NoSuchFileException e) {
            diags.error(SourcePos.file("site-config.properties"), "load.noConfig", root.toString());
        } catch (IOException e) {
            diags.error(SourcePos.file("site-config.properties"), "load.unreadable", e.getMessage());
        }
        return Optional.empty();
    }

    /** Every file below {@code content/}, sorted by path. */
    public List<SourceFile> content(Diagnostics diags) {
        return walk(root.resolve(CONTENT), diags);
    }

    /** Every file of the theme {@code themes/<theme>/}, sorted by path. */
    public List<SourceFile> theme(String theme, Diagnostics diags) {
        Path dir = root.resolve(THEMES).resolve(theme);
        if (!Files.isDirectory(dir)) {
            diags.error(SourcePos.file("site-config.properties"), "load.noTheme", theme, THEMES + "/" + theme);
            return List.of();
        }
        return walk(dir, diags);
    }

    /** The files below {@code content/}, kept between builds and re-read where told (for {@code serve}). */
    public SourceTree contentTree() {
        return tree(root.resolve(CONTENT), this::content);
    }

    /** The files of the theme {@code themes/<theme>/}, kept between builds like {@link #contentTree()}. */
    public SourceTree themeTree(String theme) {
        return tree(root.resolve(THEMES).resolve(theme), diags -> theme(theme, diags));
    }

    private SourceTree tree(Path dir, java.util.function.Function<Diagnostics, List<SourceFile>> all) {
        return new SourceTree(relative(dir) + "/", all, path -> read(dir, path));
    }

    /** What reading one path gave: its files (none when it is gone or ignored), and whether anything went wrong. */
    record Read(List<SourceFile> files, boolean problem) {
    }

    /** Reads the file or folder at {@code path} (relative to the site root) below {@code dir}. */
    private Read read(Path dir, String path) {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(dir) || p.equals(dir)) return new Read(List.of(), true);
        if (isIgnored(dir, p) || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return new Read(List.of(), false);
        if (Files.isSymbolicLink(p) && !staysInside(p)) return new Read(List.of(), true);
        try {
            if (Files.isRegularFile(p)) return new Read(List.of(readFile(relative(p), p)), false);
            if (!Files.isDirectory(p)) return new Read(List.of(), false);
            List<SourceFile> files = new ArrayList<>();
            try (Stream<Path> paths = Files.walk(p)) {
                for (Path q : paths.filter(q -> !q.equals(p)).toList()) {
                    if (isIgnored(dir, q)) continue;
                    if (Files.isSymbolicLink(q) && !staysInside(q)) return new Read(List.of(), true);
                    if (Files.isRegularFile(q)) files.add(readFile(relative(q), q));
                }
            }
            return new Read(files, false);
        } catch (IOException e) {
            return new Read(List.of(), true); // gone while reading, or unreadable: read everything, and say why
        }
    }

    private List<SourceFile> walk(Path dir, Diagnostics diags) {
        if (!Files.isDirectory(dir)) {
            diags.error(SourcePos.file(relative(dir)), "load.noFolder", relative(dir));
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        try {
            for (Found f : find(dir, link -> diags.error(SourcePos.file(link), "load.linkOutside", link))) {
                files.add(readFile(f.path(), f.file()));
            }
        } catch (IOException e) {
            diags.error(SourcePos.file(relative(dir)), "load.unreadable", e.getMessage());
        }
        return files;
    }

    /**
     * Lists, without reading them, the files {@link #config}, {@link #content} and {@link #theme} read, found by the
     * same rules, each with its size and modification time (of the file a link leads to). Empty when one of them
     * would report a problem (a missing file or folder, a link leading outside the site, an unreadable folder),
     * which only a build puts into words. The order is the order of reading.
     */
    public Optional<List<FileStamp>> stamps(String theme) {
        List<FileStamp> stamps = new ArrayList<>();
        try {
            Path config = root.resolve(CONFIG);
            BasicFileAttributes attributes = Files.readAttributes(config, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) return Optional.empty();
            stamps.add(FileStamp.of(CONFIG, attributes));
            for (Path dir : List.of(root.resolve(CONTENT), root.resolve(THEMES).resolve(theme))) {
                if (!Files.isDirectory(dir)) return Optional.empty();
                List<String> outside = new ArrayList<>();
                for (Found f : find(dir, outside::add)) stamps.add(FileStamp.of(f.path(), f.attributes()));
                if (!outside.isEmpty()) return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(stamps);
    }

    /** A file the loader reads: its path relative to the site root, where it is, and its attributes. */
    private record Found(String path, Path file, BasicFileAttributes attributes) {
    }

    /**
     * The files below {@code dir} the loader reads, sorted by path: regular files, and links to regular files in the
     * site, leaving out ignored names. The path of each link that leads outside the site goes to {@code outside}.
     */
    private List<Found> find(Path dir, Consumer<String> outside) throws IOException {
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                return folder.equals(dir) || !isIgnored(folder.getFileName()) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE; // everything below an ignored folder is ignored
            }

            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes linkAttributes) throws IOException {
                if (isIgnored(p.getFileName())) return FileVisitResult.CONTINUE;
                BasicFileAttributes attributes = linkAttributes;
                if (attributes.isSymbolicLink()) {
                    if (!staysInside(p)) {
                        outside.accept(relative(p));
                        return FileVisitResult.CONTINUE;
                    }
                    if (!Files.isRegularFile(p)) return FileVisitResult.CONTINUE;
                    attributes = Files.readAttributes(p, BasicFileAttributes.class);
                }
                if (attributes.isRegularFile()) found.add(new Found(relative(p), p, attributes));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Found::path));
        return found;
    }

    private SourceFile readFile(String path, Path file) throws IOException {
        SourceFile f = new SourceFile(path, Files.readAllBytes(file));
        reads.accept(f);
        return f;
    }

    private static boolean isIgnored(Path base, Path p) {
        for (Path part : base.relativize(p)) {
            if (isIgnored(part)) return true;
        }
        return false;
    }

    private static boolean isIgnored(Path name) {
        String s = name.toString();
        return s.startsWith(".") || s.startsWith("~$");
    }

    private boolean staysInside(Path link) {
        try {
            return link.toRealPath().startsWith(root.toRealPath(LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return false;
        }
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
