package nl.policybake.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Severity;
import nl.policybake.diag.SourcePos;

class BuildRecordTest {

    private static final String HASH = "ab".repeat(32);

    private static BuildRecord record(boolean strict, List<Diagnostic> warnings) {
        return new BuildRecord(new BuildRecord.Identity("/site", "/site/output", true, strict, "Java 17"), "default",
                List.of(new BuildRecord.Entry("/opt/policybake.jar", 5_000_000, 1_700_000_000_123_456_789L, false,
                        HASH)),
                List.of(new BuildRecord.Entry("site-config.properties", 120, 1_600_000_000_000_000_000L, false, HASH),
                        new BuildRecord.Entry("content/map met\ttab/plan.md", 0, 1_700_000_000_000_000_000L, true,
                                HASH)),
                new BuildRecord.Output(12, 1_700_000_001_000_000_000L, HASH),
                new BuildRecord.Outcome("en", 10, 1, 2, 3, warnings));
    }

    private static Diagnostic warning(String path, int line, String problem, String hint) {
        return new Diagnostic(SourcePos.of(path, line), Severity.WARNING, problem, hint, "waarschuwing");
    }

    /** {@code body} with its closing checksum, as a record of this version would end. */
    private static String seal(String body) {
        return body + "end\t" + BuildRecord.checksum(body) + "\n";
    }

    private static String body(String text) {
        return text.substring(0, text.lastIndexOf("end\t"));
    }

    @Test
    void readsBackWhatItWroteWithTabsLineBreaksAndBackslashesInTheTexts() {
        BuildRecord r = record(false, List.of(
                warning("content/a.md", 3, "heading 'A\tB' with \\ and\r\na line break", "Fix it."),
                warning("themes/default/templates/base.peb", 0, "library message.", "")));

        assertEquals(Optional.of(r), BuildRecord.parse(r.format()));
        assertEquals(2, r.format().lines().filter(l -> l.startsWith("warning\t")).count(), "one line each");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "an empty marker's worth of spaces", "foreign text", "cut off", "one byte changed",
            "no line break at the end", "another version"})
    void rejectsTextThatIsNotAWholeRecordOfThisVersion(String kind) {
        String good = record(false, List.of()).format();
        String text = switch (kind) {
            case "empty" -> "";
            case "an empty marker's worth of spaces" -> "   \n";
            case "foreign text" -> seal("Deze map is van de webmaster.\n");
            case "cut off" -> good.substring(0, good.length() - 10);
            case "one byte changed" -> good.replace("\t10\t", "\t11\t");
            case "no line break at the end" -> good.strip();
            case "another version" -> seal(body(good).replace("record\t1", "record\t2"));
            default -> throw new IllegalArgumentException(kind);
        };
        assertTrue(!text.equals(good), "the case changes the record");

        assertEquals(Optional.empty(), BuildRecord.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown line", "missing line", "field missing", "field too many", "not a number",
            "negative count", "not a boolean", "unknown escape", "blank line"})
    void rejectsASealedRecordThatThisVersionDidNotWrite(String kind) {
        String body = body(record(false, List.of()).format());
        String changed = switch (kind) {
            case "unknown line" -> body + "later\tsomething new\n";
            case "missing line" -> body.replace("theme\tdefault\n", "");
            case "field missing" -> body.replace("\tfalse\t" + HASH + "\n", "\t" + HASH + "\n");
            case "field too many" -> body.replace("summary\ten\t10", "summary\ten\t10\t10");
            case "not a number" -> body.replace("\t120\t", "\t1.20\t");
            case "negative count" -> body.replace("outputs\t12", "outputs\t-12");
            case "not a boolean" -> body.replace("drafts\ttrue", "drafts\tja");
            case "unknown escape" -> body.replace("map met\\ttab", "map met\\qtab");
            case "blank line" -> body.replace("theme\tdefault\n", "theme\tdefault\n\n");
            default -> throw new IllegalArgumentException(kind);
        };
        assertTrue(!changed.equals(body), "the case changes the record");

        assertEquals(Optional.empty(), BuildRecord.parse(seal(changed)));
    }

    @Test
    void rejectsAStrictBuildWithWarningsWhichCannotHaveSucceeded() {
        String text = record(true, List.of(warning("content/a.md", 1, "iets", "Doe iets."))).format();

        assertEquals(Optional.empty(), BuildRecord.parse(text));
    }

    @Test
    void hashIsTheSha256OfTheBytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", BuildRecord.hash(new byte[0]));
    }
}
