package nl.policybake.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a link in Markdown may point at: the page URL of every content source ({@code content/a/b.md} to
 * {@code /a/b/}) and every URL the site will have. URLs are root-relative and include the site's base path.
 * A copy made by {@link #recording()} also notes every question it was asked and its answer, so that a rebuild can
 * tell whether a Markdown file would resolve its links to the same URLs against a new site ({@link #sameAnswers}).
 */
final class LinkTargets {

    private final String basePath;
    private final Map<String, String> pageBySource;
    private final Set<String> urls;
    private final Set<String> draftSources;
    private final List<Lookup> log;

    /** A question asked of the link targets and its answer. */
    private record Lookup(boolean draft, String sourcePath, String href, Object answer) {
    }

    /**
     * @param pageBySource source path to page URL, for links written as {@code ../2018-2021/evaluatie.md}
     * @param urls every page and file URL of the site
     * @param draftSources sources left out of this build because they are drafts
     */
    LinkTargets(String basePath, Map<String, String> pageBySource, Set<String> urls, Set<String> draftSources) {
        this(basePath, pageBySource, urls, draftSources, null);
    }

    private LinkTargets(String basePath, Map<String, String> pageBySource, Set<String> urls, Set<String> draftSources,
                        List<Lookup> log) {
        this.basePath = basePath;
        this.pageBySource = pageBySource;
        this.urls = urls;
        this.draftSources = draftSources;
        this.log = log;
    }

    /** The same targets, noting each question asked of them; for one file on one thread. */
    LinkTargets recording() {
        return new LinkTargets(basePath, pageBySource, urls, draftSources, new ArrayList<>());
    }

    /** True when {@code other} answers every question this recording copy was asked as it did. */
    boolean sameAnswers(LinkTargets other) {
        for (Lookup q : log) {
            Object now = q.draft() ? other.draft(q.sourcePath(), q.href()) : other.find(q.sourcePath(), q.href());
            if (!now.equals(q.answer())) return false;
        }
        return true;
    }

    /** True when {@code href} names a source file that exists but is a draft left out of this build. */
    boolean isDraft(String sourcePath, String href) {
        boolean answer = draft(sourcePath, href);
        if (log != null) log.add(new Lookup(true, sourcePath, href, answer));
        return answer;
    }

    /** Resolves {@code href}, written in {@code sourcePath}, to the URL it should have on the site. */
    Optional<String> resolve(String sourcePath, String href) {
        Optional<String> answer = find(sourcePath, href);
        if (log != null) log.add(new Lookup(false, sourcePath, href, answer));
        return answer;
    }

    private boolean draft(String sourcePath, String href) {
        String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String folder = sourcePath.substring(0, sourcePath.lastIndexOf('/') + 1);
        String path = normalise(folder + target);
        return path != null && draftSources.contains(path);
    }

    private Optional<String> find(String sourcePath, String href) {
        int hash = href.indexOf('#');
        String target = hash >= 0 ? href.substring(0, hash) : href;
        String fragment = hash >= 0 ? href.substring(hash) : "";
        if (target.startsWith("/")) {
            String url = basePath + target;
            if (urls.contains(url)) return Optional.of(url + fragment);
            if (!url.endsWith("/") && urls.contains(url + "/")) return Optional.of(url + "/" + fragment);
            return Optional.empty();
        }
        String folder = sourcePath.substring(0, sourcePath.lastIndexOf('/') + 1);
        String path = normalise(folder + target);
        if (path == null) return Optional.empty();
        String page = pageBySource.get(path);
        if (page == null && !path.endsWith(".md")) page = pageBySource.get(path.replaceAll("/$", "") + "/index.md");
        if (page != null) return Optional.of(page + fragment);
        String asFile = basePath + "/" + path.substring(path.indexOf('/') + 1);
        return urls.contains(asFile) ? Optional.of(asFile + fragment) : Optional.empty();
    }

    /** Folds {@code .} and {@code ..}; null when the path climbs out of the site. */
    static String normalise(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.size() <= 1) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts) + (path.endsWith("/") ? "/" : "");
    }
}
