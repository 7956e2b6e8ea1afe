package nl.policybake.parse.front;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.policybake.diag.Diagnostics;
import nl.policybake.model.PeriodStatus;

/**
 * The front-matter schema of each kind of content file: which keys it may have, which it must have, and what
 * their values must look like. JBake's own words are accepted where ours differ ({@code published},
 * {@code draft}, type {@code post} or {@code page}).
 */
public final class HeaderReader {

    /** Document types, each with a label in the theme's UI strings ({@code type.<name>}). */
    static final List<String> DOCUMENT_TYPES = List.of("beleidsplan", "uitvoeringsplan", "evaluatie", "monitor",
            "aanvraag", "verbeteragenda", "rapportage", "besluit", "document");

    private static final Set<String> PAGE_KEYS = Set.of("title", "summary", "status", "date", "tags", "type");
    private static final Set<String> AGENDA_KEYS = Set.of("title", "region", "municipalities", "current", "summary");
    private static final Set<String> PERIOD_KEYS =
            Set.of("title", "start", "end", "status", "adopted", "decision", "summary");
    private static final Set<String> DOC_KEYS =
            Set.of("title", "type", "date", "status", "summary", "tags", "order");
    private static final String[] DOC_STATUS = {"gepubliceerd", "concept", "published", "draft"};

    private final Diagnostics diags;

    public HeaderReader(Diagnostics diags) {
        this.diags = diags;
    }

    public Headers.PageHeader page(String source, String slug, FrontMatter fm) {
        FieldReader r = new FieldReader(source, fm, diags);
        r.allowOnly(PAGE_KEYS);
        String status = r.oneOf("status", "gepubliceerd", DOC_STATUS);
        r.date("date");
        return new Headers.PageHeader(source, slug, r.required("title"), r.text("summary"), isDraft(status), fm);
    }

    public Headers.AgendaHeader agenda(String source, String id, FrontMatter fm) {
        FieldReader r = new FieldReader(source, fm, diags);
        r.allowOnly(AGENDA_KEYS);
        String current = r.text("current");
        return new Headers.AgendaHeader(source, id, r.required("title"), r.text("region"), r.list("municipalities"),
                r.text("summary"), current.isEmpty() ? Optional.empty() : Optional.of(current), r.pos("current"), fm);
    }

    public Headers.PeriodHeader period(String source, String agenda, String id, FrontMatter fm) {
        FieldReader r = new FieldReader(source, fm, diags);
        r.allowOnly(PERIOD_KEYS);
        String title = r.required("title");
        LocalDate start = r.requiredDate("start");
        LocalDate end = r.requiredDate("end");
        if (end.isBefore(start)) diags.error(r.pos("end"), "fm.endBeforeStart", end, start);
        PeriodStatus status = periodStatus(r);
        return new Headers.PeriodHeader(source, agenda, id, title, start, end, status, r.date("adopted"),
                r.text("decision"), r.text("summary"), fm);
    }

    private PeriodStatus periodStatus(FieldReader r) {
        String word = r.required("status");
        if (word.isEmpty()) return PeriodStatus.WERKVERSIE;
        Optional<PeriodStatus> status = PeriodStatus.of(word);
        if (status.isEmpty()) {
            String[] words = Arrays.stream(PeriodStatus.values()).map(PeriodStatus::word).toArray(String[]::new);
            return PeriodStatus.of(r.oneOf("status", "werkversie", words)).orElseThrow();
        }
        return status.get();
    }

    public Headers.DocHeader document(String source, String agenda, String period, String slug, FrontMatter fm) {
        FieldReader r = new FieldReader(source, fm, diags);
        r.allowOnly(DOC_KEYS);
        String title = r.required("title");
        String status = r.required("status");
        if (!status.isEmpty()) status = r.oneOf("status", "gepubliceerd", DOC_STATUS);
        String type = r.text("type");
        if (type.equals("post") || type.equals("page") || type.isEmpty()) {
            type = "document";
        } else {
            type = r.oneOf("type", "document", DOCUMENT_TYPES.toArray(String[]::new));
        }
        Optional<LocalDate> date = r.date("date");
        return new Headers.DocHeader(source, agenda, period, slug, title, type, date, isDraft(status),
                r.text("summary"), r.list("tags"), r.integer("order", 0), fm);
    }

    private static boolean isDraft(String status) {
        return status.equals("concept") || status.equals("draft");
    }
}
