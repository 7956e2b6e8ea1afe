package nl.policybake.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    private final Path root;

    public SiteLoader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Reads {@code site-config.properties}; empty after reporting when it is missing or unreadable. */
    public Optional<SourceFile> config(Diagnostics diags) {
        Path file = root.resolve("site-config.properties");
        try {
            return Optional.of(new SourceFile("site-config.properties", Files.readAllBytes(file)));
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
            if (Files.isRegularFile(p)) return new Read(List.of(new SourceFile(relative(p), Files.readAllBytes(p))), false);
            if (!Files.isDirectory(p)) return new Read(List.of(), false);
            List<SourceFile> files = new ArrayList<>();
            try (Stream<Path> paths = Files.walk(p)) {
                for (Path q : paths.filter(q -> !q.equals(p)).toList()) {
                    if (isIgnored(dir, q)) continue;
                    if (Files.isSymbolicLink(q) && !staysInside(q)) return new Read(List.of(), true);
                    if (Files.isRegularFile(q)) files.add(new SourceFile(relative(q), Files.readAllBytes(q)));
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
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> sorted = paths.filter(p -> !p.equals(dir)).sorted(Comparator.comparing(this::relative)).toList();
            for (Path p : sorted) {
                if (isIgnored(dir, p)) continue;
                if (Files.isSymbolicLink(p) && !staysInside(p)) {
                    diags.error(SourcePos.file(relative(p)), "load.linkOutside", relative(p));
                } else if (Files.isRegularFile(p)) {
                    files.add(new SourceFile(relative(p), Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            diags.error(SourcePos.file(relative(dir)), "load.unreadable", e.getMessage());
        }
        return files;
    }

    private static boolean isIgnored(Path base, Path p) {
        for (Path part : base.relativize(p)) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) return true;
        }
        return false;
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
