package nl.policybake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One synthetic policy document as a Markdown file with front matter. Every document, however short, has
 * {@code ##} and {@code ###} headings, a bullet list and a numbered list, a pipe table with a caption, a footnote,
 * a link to a sibling document of the same period written as {@code other-doc.md} (when the period has one), and
 * a definition for each abbreviation it uses; some also have the fenced blocks of {@link BlockWriter}. Its text
 * comes from the document's own seed alone, so documents can be written in any order, or in parallel, with the
 * same bytes.
 */
final class DocumentWriter {

    private static final Map<String, String> TYPE_WORDS = Map.of("beleidsplan", "Beleidsplan",
            "uitvoeringsplan", "Uitvoeringsplan", "evaluatie", "Evaluatie", "monitor", "Monitor",
            "aanvraag", "Aanvraag", "verbeteragenda", "Verbeteragenda", "rapportage", "Rapportage",
            "besluit", "Besluit", "document", "Notitie");
    /** Abbreviation to the pattern that finds it as a whole word, sorted by abbreviation. */
    private static final Map<String, Pattern> ABBREVIATION_USE = abbreviationPatterns();

    /** A document's Markdown file and the number of words of its prose. */
    record Text(String markdown, long words) {
    }

    private DocumentWriter() {
    }

    /** The Markdown file of {@code doc}; {@code sibling} is the document it links to. */
    static Text write(SitePlan.Agenda agenda, SitePlan.Period period, SitePlan.Doc doc,
                        Optional<SitePlan.Doc> sibling) {
        ProseGenerator prose = new ProseGenerator(new Random(doc.seed()), new ProseGenerator.Setting(agenda.region(),
                agenda.municipalities().size(), period.fromYear(), period.toYear()));
        String summary = TYPE_WORDS.get(doc.type()) + " over " + doc.topic() + " voor de jeugdhulpregio "
                + agenda.region() + " in de periode " + period.id() + ". " + prose.sentence();
        String body = body(prose, agenda, period, doc, sibling);
        return new Text("---\n"
                + "title: " + quote(doc.title()) + "\n"
                + "type: " + doc.type() + "\n"
                + "date: " + doc.date() + "\n"
                + "status: gepubliceerd\n"
                + "summary: " + quote(summary) + "\n"
                + "tags: [" + String.join(", ", doc.tags()) + "]\n"
                + "order: " + doc.order() + "\n"
                + "---\n"
                + body, prose.words());
    }

    private static String body(ProseGenerator prose, SitePlan.Agenda agenda, SitePlan.Period period,
                               SitePlan.Doc doc, Optional<SitePlan.Doc> sibling) {
        Random random = prose.random();
        StringBuilder md = new StringBuilder();
        heading(md, 2, "Inleiding");
        paragraph(md, prose.count("Dit stuk gaat over " + doc.topic() + " in de jeugdhulpregio " + agenda.region()
                + " en hoort bij de periode " + period.id() + ".") + " " + prose.paragraph(2, 4));
        String link = sibling.map(s -> " " + prose.count("Zie ook [" + s.title() + "](" + s.slug()
                + ".md) voor de samenhang met " + s.topic() + ".")).orElse("");
        paragraph(md, prose.paragraph(2, 4) + link);
        BlockWriter.actionLines(md, prose, period, doc.blocks().actions());
        List<String> sections = shuffled(Vocabulary.SECTIONS, random);
        List<String> subsections = shuffled(Vocabulary.SUBSECTIONS, random);
        int target = doc.words() - 60;
        for (int s = 0; s < 3 || prose.words() < target; s++) {
            heading(md, 2, sections.get(s % sections.size()));
            paragraph(md, prose.paragraph(3, 5));
            switch (s) {
                case 0 -> {
                    bullets(md, prose);
                    paragraph(md, prose.paragraph(1, 3) + " " + prose.figureSentence() + "[^1]");
                }
                case 1 -> {
                    md.append(TableWriter.table(prose, agenda.municipalities(), 1)).append('\n');
                    paragraph(md, prose.paragraph(2, 3));
                }
                case 2 -> {
                    numbered(md, prose);
                    heading(md, 3, subsections.get(0));
                    paragraph(md, prose.paragraph(2, 4));
                }
                default -> {
                    int subs = 1 + random.nextInt(2);
                    for (int i = 0; i < subs; i++) {
                        heading(md, 3, subsections.get((s * 2 + i - 5) % subsections.size()));
                        paragraph(md, prose.paragraph(3, 6));
                    }
                }
            }
        }
        BlockWriter.figures(md, prose, agenda, period, doc.blocks());
        BlockWriter.budget(md, prose, agenda, period, doc.blocks());
        heading(md, 2, "Vervolg");
        paragraph(md, prose.paragraph(2, 3));
        md.append(prose.count("[^1]: Bron: CBS Statline en " + prose.pick(Vocabulary.SOURCES) + ", bewerking regio "
                + agenda.region() + ", peildatum 1 januari " + prose.year() + ".")).append("\n\n");
        md.append(abbreviations(md));
        return md.toString();
    }

    /** {@code *[ABBR]: expansion} lines for every abbreviation that {@code markdown} uses, sorted. */
    static String abbreviations(CharSequence markdown) {
        StringBuilder sb = new StringBuilder();
        ABBREVIATION_USE.forEach((abbr, use) -> {
            if (use.matcher(markdown).find()) {
                sb.append("*[").append(abbr).append("]: ").append(Vocabulary.ABBREVIATIONS.get(abbr)).append('\n');
            }
        });
        return sb.toString();
    }

    private static Map<String, Pattern> abbreviationPatterns() {
        Map<String, Pattern> patterns = new TreeMap<>();
        Vocabulary.ABBREVIATIONS.keySet().forEach(a ->
                patterns.put(a, Pattern.compile("(?<![\\p{L}\\p{N}])" + a + "(?![\\p{L}\\p{N}])")));
        return java.util.Collections.unmodifiableMap(patterns);
    }

    /** A YAML double-quoted string. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void bullets(StringBuilder md, ProseGenerator prose) {
        int n = 3 + prose.random().nextInt(4);
        for (int i = 0; i < n; i++) md.append("- ").append(prose.listItem()).append(i < n - 1 ? ";\n" : ".\n");
        md.append('\n');
    }

    private static void numbered(StringBuilder md, ProseGenerator prose) {
        int n = 3 + prose.random().nextInt(3);
        for (int i = 1; i <= n; i++) md.append(i).append(". ").append(prose.action()).append('\n');
        md.append('\n');
    }

    private static void heading(StringBuilder md, int level, String text) {
        md.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    private static void paragraph(StringBuilder md, String text) {
        md.append(text).append("\n\n");
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }
}
