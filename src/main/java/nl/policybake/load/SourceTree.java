package nl.policybake.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import nl.policybake.diag.Diagnostics;

/**
 * The files of one folder of the site ({@code content/} or a theme), kept between builds: after the first full
 * read, a build re-reads only the paths it was told changed ({@link #touched}), and a touched folder is read again
 * whole. A read that reported a problem (a link out of the site, an unreadable file) is done in full next time, so
 * the problem is reported again. {@code serve} tells the tree what its watcher saw; when the watcher lost track
 * ({@link #forget}), the next build reads everything.
 */
public final class SourceTree {

    private final Function<Diagnostics, List<SourceFile>> readAll;
    private final Function<String, SiteLoader.Read> readOne;
    private final String prefix;
    private TreeMap<String, SourceFile> files;
    private final Set<String> touched = new HashSet<>();

    /**
     * @param prefix the folder's path relative to the site root, with a trailing slash
     * @param readAll reads the whole folder
     * @param readOne reads one path (a file, a folder, or nothing that exists any more)
     */
    SourceTree(String prefix, Function<Diagnostics, List<SourceFile>> readAll, Function<String, SiteLoader.Read> readOne) {
        this.prefix = prefix;
        this.readAll = readAll;
        this.readOne = readOne;
    }

    /** Notes that {@code paths} (relative to the site root) were created, changed or deleted. */
    public synchronized void touched(Collection<String> paths) {
        for (String p : paths) {
            if ((p + "/").startsWith(prefix)) touched.add(p);
            else if (prefix.startsWith(p + "/")) files = null; // a folder above this one changed: read it all
        }
    }

    /** Drops what is known, so the next build reads the whole folder. */
    public synchronized void forget() {
        files = null;
        touched.clear();
    }

    /** Every file of the folder, sorted by path, as it is now. */
    public synchronized List<SourceFile> files(Diagnostics diags) {
        if (files == null) return full(diags);
        for (String path : touched) {
            String folder = path + "/";
            files.keySet().removeIf(k -> k.equals(path) || k.startsWith(folder));
            SiteLoader.Read read = readOne.apply(path);
            if (read.problem()) return full(diags);
            for (SourceFile f : read.files()) files.put(f.path(), f);
        }
        touched.clear();
        return new ArrayList<>(files.values());
    }

    private List<SourceFile> full(Diagnostics diags) {
        touched.clear();
        Diagnostics local = diags.fork();
        List<SourceFile> all = readAll.apply(local);
        diags.absorb(local);
        boolean clean = local.errorCount() == 0 && local.warningCount() == 0;
        files = null;
        if (clean) {
            files = new TreeMap<>();
            for (SourceFile f : all) files.put(f.path(), f);
        }
        return all;
    }
}
