package nl.policybake.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import nl.policybake.config.SiteConfig;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.load.SourceFile;
import nl.policybake.model.Asset;
import nl.policybake.model.Body;
import nl.policybake.model.Site;
import nl.policybake.model.SiteUrls;
import nl.policybake.model.data.Dataset;
import nl.policybake.parse.csv.CsvReader;
import nl.policybake.parse.data.DataBlockOptions;
import nl.policybake.parse.front.FrontMatter;
import nl.policybake.parse.front.FrontMatterParser;
import nl.policybake.parse.front.HeaderReader;

/**
 * The parse stage: content files to the {@link Site} model. First every file's header is read (in parallel),
 * then the site's URLs are known and every body is rendered (in parallel) with its links resolved against them.
 * Where each file belongs follows from its place:
 * <pre>
 * content/index.md                          the home page
 * content/&lt;page&gt;.md                         a plain page
 * content/&lt;agenda&gt;/agenda.md                an agenda
 * content/&lt;agenda&gt;/&lt;period&gt;/periode.md      a period
 * content/&lt;agenda&gt;/&lt;period&gt;/&lt;doc&gt;.md        a document of that period
 * any other file                            copied as it is (a PDF, a spreadsheet)
 * </pre>
 */
public final class ContentParser {

    private final SiteConfig config;
    private final boolean includeDrafts;
    private final Diagnostics diags;
    private final MarkdownRenderer markdown;
    private final ParseCache cache;
    /** What the last {@link #parse} resolved against, for {@link #reparseBody}. */
    private Surroundings last;

    private record Surroundings(DataFiles data, LinkTargets targets, ActionTables actions) {
    }

    public ContentParser(SiteConfig config, boolean includeDrafts, Diagnostics diags) {
        this(config, includeDrafts, diags, ParseCache.none());
    }

    /** A parser that takes what did not change from {@code cache} and leaves this build's work in it. */
    public ContentParser(SiteConfig config, boolean includeDrafts, Diagnostics diags, ParseCache cache) {
        this(config, includeDrafts, diags, cache, new MarkdownRenderer(config.rawHtml()));
    }

    /** A parser with its own Markdown renderer, for the tests that compare renderers. */
    ContentParser(SiteConfig config, boolean includeDrafts, Diagnostics diags, ParseCache cache,
                  MarkdownRenderer markdown) {
        this.config = config;
        this.includeDrafts = includeDrafts;
        this.diags = diags;
        this.markdown = markdown;
        this.cache = cache;
    }

    /** Parses all content files into the site model; check {@code diags} for errors afterwards. */
    public Site parse(List<SourceFile> content) {
        return parse(content, false);
    }

    /**
     * Parses all content files into the site model, emptying {@code content} (a list of the caller's own) as soon as
     * the Markdown sources are read, so that their bytes can go before the bodies are rendered: for a one-off build,
     * which needs neither again.
     */
    public Site parseReleasing(List<SourceFile> content) {
        return parse(content, true);
    }

    private Site parse(List<SourceFile> content, boolean release) {
        cache.begin(config, includeDrafts, diags.strict());
        Site site = parseAll(content, release);
        cache.end();
        return site;
    }

    private Site parseAll(List<SourceFile> content, boolean release) {
        List<Asset> assets = new ArrayList<>();
        List<SourceFile> markdownFiles = new ArrayList<>();
        List<SourceFile> tables = new ArrayList<>();
        List<SourceFile> dataFiles = new ArrayList<>();
        for (SourceFile f : content) {
            if (f.path().endsWith(".md")) {
                markdownFiles.add(f);
                continue;
            }
            if (ActionTables.isTable(f.path())) tables.add(f);
            if (DataFiles.isData(f.path())) dataFiles.add(f);
            assets.add(new Asset(f.path().substring("content/".length()), f.path(), f.bytes()));
        }
        DataFiles data = new DataFiles(config.language(), new CsvReader(config.csvEncoding()), diags);
        data.read(dataFiles);
        if (release) content.clear();
        Map<String, FrontMatter> headers = new ConcurrentHashMap<>();
        markdownFiles.parallelStream().forEach(f -> header(f).ifPresent(fm -> headers.put(f.path(), fm)));
        List<String> markdownPaths = markdownFiles.stream().map(SourceFile::path).toList();
        markdownFiles = null; // read: the text is in the headers now
        SiteLayout layout = new SiteLayout(new HeaderReader(diags), diags);
        ActionTables actions = new ActionTables(diags);
        for (String path : new TreeMap<>(headers).keySet()) {
            if (!ActionTables.isProse(path)) layout.add(path, headers.get(path));
        }
        layout.checkStructure(markdownPaths);
        actions.read(tables, new CsvReader(config.csvEncoding()), layout::periodEnd);
        new TreeMap<>(headers).keySet().stream().filter(ActionTables::isProse).forEach(actions::addProse);
        LinkTargets targets = targets(layout, assets, actions);
        List<String> sources = new ArrayList<>(layout.published(includeDrafts));
        sources.addAll(actions.proseUrls().keySet());
        Map<String, Body> bodies = new ConcurrentHashMap<>();
        sources.parallelStream().forEach(source -> {
            // the Markdown text is not needed once rendered: let it go, a large site's text is hundreds of MB
            FrontMatter fm = headers.remove(source);
            String[] parts = source.split("/");
            Optional<Set<String>> ids = parts.length >= 4 ? actions.ids(parts[1] + "/" + parts[2]) : Optional.empty();
            bodies.put(source, body(source, fm, ids, relative -> data.resolve(source, relative), targets, diags));
        });
        last = new Surroundings(data, targets, actions);
        return layout.assemble(bodies, includeDrafts, data.safeCopies(assets), key -> actions.lines(key, bodies));
    }

    /** The front matter of {@code f}, read now or taken from the cache with what reading it reported. */
    private Optional<FrontMatter> header(SourceFile f) {
        Optional<ParseCache.Header> known = cache.header(f.path(), f.bytes());
        ParseCache.Header h = known.orElseGet(() -> {
            Diagnostics local = diags.fork();
            Optional<FrontMatter> fm = TextDecoder.decode(f, local).flatMap(text ->
                    new FrontMatterParser().parse(f.path(), text, !ActionTables.isProse(f.path()), local));
            return new ParseCache.Header(f.bytes(), fm, local);
        });
        if (known.isEmpty()) cache.putHeader(f.path(), h);
        diags.absorb(h.reported());
        return h.frontMatter();
    }

    /** The rendered body of {@code source}, rendered now or taken from the cache with what rendering reported. */
    private Body body(String source, FrontMatter fm, Optional<Set<String>> ids,
                      Function<String, Optional<Dataset>> datasets,
                      LinkTargets targets, Diagnostics into) {
        Optional<ParseCache.Rendered> known = cache.body(source, fm.body(), fm.bodyLine(), ids, datasets, targets);
        if (known.isPresent()) {
            into.absorb(known.get().reported());
            return known.get().body();
        }
        Diagnostics local = diags.fork();
        LinkTargets asked = targets.recording();
        Map<String, Optional<Dataset>> used = new HashMap<>();
        // everything rendering reports goes to the file's own collector, so a rebuild can report it again
        BlockScope scope = new BlockScope(ids, relative -> used.computeIfAbsent(relative, datasets),
                new DataBlockOptions(config.language(), local));
        Body body = markdown.render(source, fm.body(), fm.bodyLine(), asked, scope, local);
        cache.putBody(source, new ParseCache.Rendered(fm.body(), fm.bodyLine(), ids, Map.copyOf(used), asked, body,
                local));
        into.absorb(local);
        return body;
    }

    /**
     * For a rebuild in which only the text of documents changed: the new body of the document {@code file}, rendered
     * against what the last {@link #parse} resolved it against (links, data files, action lines). Empty when that
     * would not be the body a full parse gives: when its front matter changed (then other pages and the site's
     * layout may change too), or when reading or rendering it reported anything. Its work goes into the cache.
     */
    public Optional<Body> reparseBody(SourceFile file) {
        Optional<FrontMatter> before = cache.lastHeader(file.path());
        String[] parts = file.path().split("/");
        if (last == null || before.isEmpty() || parts.length != 4 || ActionTables.isProse(file.path())) {
            return Optional.empty();
        }
        Diagnostics local = diags.fork();
        Optional<FrontMatter> now = TextDecoder.decode(file, local).flatMap(text ->
                new FrontMatterParser().parse(file.path(), text, true, local));
        if (now.isEmpty() || local.hasAny() || !now.get().fields().equals(before.get().fields())
                || now.get().bodyLine() != before.get().bodyLine()) {
            return Optional.empty();
        }
        Body body = body(file.path(), now.get(), last.actions().ids(parts[1] + "/" + parts[2]),
                relative -> last.data().resolve(file.path(), relative), last.targets(), local);
        if (local.hasAny()) return Optional.empty();
        cache.putHeader(file.path(), new ParseCache.Header(file.bytes(), now, local));
        return Optional.of(body);
    }

    private LinkTargets targets(SiteLayout layout, Collection<Asset> assets, ActionTables actions) {
        String base = basePath(config.baseUrl());
        Map<String, String> pageBySource = new HashMap<>();
        layout.urlBySource(includeDrafts).forEach((source, url) -> pageBySource.put(source, base + url));
        actions.proseUrls().forEach((source, url) -> pageBySource.put(source, base + url));
        Set<String> urls = new HashSet<>(pageBySource.values());
        for (String extra : layout.generatedUrls()) urls.add(base + extra);
        for (String extra : actions.urls()) urls.add(base + extra);
        for (Asset a : assets) urls.add(base + "/" + a.outputPath());
        Set<String> drafts = new HashSet<>(layout.urlBySource(true).keySet());
        drafts.removeAll(pageBySource.keySet());
        return new LinkTargets(base, pageBySource, urls, drafts);
    }

    /** The path part of the base URL without trailing slash: "" for a site at the root of its host. */
    public static String basePath(String baseUrl) {
        String rest = baseUrl.replaceFirst("^[a-z]+://[^/]+", "");
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }

    /** Reported when a file lies where no kind of content belongs. */
    static void misplaced(Diagnostics diags, String path) {
        diags.error(SourcePos.file(path), "layout.misplaced", path);
    }

    static Optional<String> slugOf(String fileName, String path, Diagnostics diags) {
        String base = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String slug = Slugs.of(base, "");
        if (slug.isEmpty()) {
            diags.error(SourcePos.file(path), "layout.noSlug", fileName);
            return Optional.empty();
        }
        if (SiteUrls.RESERVED.contains(slug)) {
            diags.error(SourcePos.file(path), "layout.reserved", fileName, slug);
            return Optional.empty();
        }
        return Optional.of(slug);
    }
}
