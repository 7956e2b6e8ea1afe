package nl.policybake.bench;

import java.util.List;
import java.util.Random;

import nl.policybake.bench.Vocabulary.Subject;
import nl.policybake.bench.Vocabulary.Verb;

/**
 * Plausible Dutch policy prose from {@link Vocabulary}: sentences from a dozen templates with correct verb
 * agreement and word order (verb second in a main clause, verb last in a subordinate one), figures in Dutch
 * notation, and a running word count so a document can stop at its target length. Not thread-safe: one per
 * document, driven by that document's own {@link Random}.
 */
final class ProseGenerator {

    /** What the prose is about: the region, its number of municipalities and the years of the period. */
    record Setting(String region, int municipalities, int fromYear, int toYear) {
    }

    /** A verb with an object it suits. */
    private record Predicate(Verb verb, String object) {
    }

    private final Random random;
    private final Setting setting;
    private long words;

    ProseGenerator(Random random, Setting setting) {
        this.random = random;
        this.setting = setting;
    }

    /** Words produced so far by every method of this generator. */
    long words() {
        return words;
    }

    Random random() {
        return random;
    }

    /** A paragraph of {@code min} to {@code max} sentences. */
    String paragraph(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(sentence());
        }
        return sb.toString();
    }

    /** One sentence, ending in a full stop. */
    String sentence() {
        String s = switch (random.nextInt(24)) {
            case 0, 1, 2, 3 -> mainClause();
            case 4, 5, 6 -> fronted();
            case 7, 8, 9 -> connected();
            case 10, 11 -> finding();
            case 12, 13, 14 -> intention();
            case 15, 16 -> reason();
            case 17, 18, 19 -> FigureSentences.any(this);
            case 20 -> regionSentence();
            default -> principle();
        };
        return count(s);
    }

    /** A sentence with a figure in it, to carry a footnote. */
    String figureSentence() {
        return count(FigureSentences.any(this));
    }

    /** A bullet item: an object with an adverbial, no final full stop. */
    String listItem() {
        return count(capitalise(predicate().object()) + " " + adverbial());
    }

    /** An action as a numbered list item: a short main clause. */
    String action() {
        Subject s = pick(Vocabulary.SUBJECTS);
        Predicate p = predicate();
        return count(capitalise(s.text()) + " " + p.verb().agreeWith(s) + " " + p.object() + ".");
    }

    /** Counts the words of a text that the caller writes itself (titles, captions) and returns it. */
    String count(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        words += n;
        return text;
    }

    /** A year within the period. */
    int year() {
        return setting.fromYear() + random.nextInt(setting.toYear() - setting.fromYear() + 1);
    }

    int lastYear() {
        return setting.toYear();
    }

    int firstYear() {
        return setting.fromYear();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String mainClause() {
        Subject s = pick(Vocabulary.SUBJECTS);
        Predicate p = predicate();
        return capitalise(s.text()) + " " + p.verb().agreeWith(s) + " " + p.object() + " " + adverbial() + ".";
    }

    private String fronted() {
        Subject s = pick(Vocabulary.SUBJECTS);
        Predicate p = predicate();
        return capitalise(adverbial()) + " " + p.verb().agreeWith(s) + " " + s.text() + " " + p.object() + ".";
    }

    private String connected() {
        Subject s = pick(Vocabulary.SUBJECTS);
        Predicate p = predicate();
        return pick(Vocabulary.CONNECTIVES) + " " + p.verb().agreeWith(s) + " " + s.text() + " " + p.object() + " "
                + pick(Vocabulary.GOALS) + ".";
    }

    private String finding() {
        Subject s = pick(Vocabulary.SUBJECTS);
        Predicate p = predicate();
        return "Uit " + pick(Vocabulary.SOURCES) + " blijkt dat " + s.text() + " " + p.object() + " " + adverbial()
                + " " + p.verb().agreeWith(s) + ".";
    }

    private String intention() {
        Subject s = pick(Vocabulary.SUBJECTS);
        Predicate p = predicate();
        return capitalise(s.text()) + " " + pick(Vocabulary.MODALS).agreeWith(s) + " " + p.object() + " "
                + adverbial() + " " + p.verb().infinitive() + ".";
    }

    private String reason() {
        Subject s = pick(Vocabulary.SUBJECTS);
        Subject other = pick(Vocabulary.SUBJECTS);
        Predicate p = predicate();
        Predicate q = predicate();
        return capitalise(s.text()) + " " + p.verb().agreeWith(s) + " " + p.object() + ", omdat " + other.text()
                + " " + q.object() + " " + pick(Vocabulary.MODALS).agreeWith(other) + " " + q.verb().infinitive()
                + ".";
    }

    private String principle() {
        Subject s = pick(Vocabulary.SUBJECTS);
        Predicate p = predicate();
        return "Het uitgangspunt is dat " + s.text() + " " + p.object() + " " + p.verb().agreeWith(s) + " "
                + pick(Vocabulary.GOALS) + ".";
    }

    /** An object with a verb that suits it: problems are reduced, everything else improved, or either looked at. */
    private Predicate predicate() {
        boolean problem = random.nextInt(4) == 0;
        String object = pick(problem ? Vocabulary.PROBLEMS : Vocabulary.OBJECTS);
        boolean neutral = random.nextInt(3) == 0;
        Verb verb = pick(neutral ? Vocabulary.NEUTRAL_VERBS
                : problem ? Vocabulary.REDUCING_VERBS : Vocabulary.IMPROVING_VERBS);
        return new Predicate(verb, object);
    }

    private String regionSentence() {
        return "In de jeugdhulpregio " + setting.region() + " werken " + setting.municipalities()
                + " gemeenten samen aan " + pick(Vocabulary.OBJECTS) + ".";
    }

    private String adverbial() {
        return pick(Vocabulary.ADVERBIALS).replace("{jaar}", String.valueOf(year()))
                .replace("{n}", String.valueOf(setting.municipalities()));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
