package nl.policybake.parse.front;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.policybake.diag.SourcePos;
import nl.policybake.model.PeriodStatus;

/** What the front matter of each kind of content file says, read and checked, before any Markdown is rendered. */
public final class Headers {

    private Headers() {
    }

    /** A plain page: {@code content/index.md} (slug empty) or {@code content/<slug>.md}. */
    public record PageHeader(String source, String slug, String title, String summary, boolean draft, FrontMatter fm) {
    }

    /** {@code content/<agenda>/agenda.md}. */
    public record AgendaHeader(String source, String id, String title, String region, List<String> municipalities,
                        String summary, Optional<String> current, SourcePos currentPos, FrontMatter fm) {
    }

    /** {@code content/<agenda>/<period>/periode.md}. */
    public record PeriodHeader(String source, String agenda, String id, String title, LocalDate start, LocalDate end,
                        PeriodStatus status, Optional<LocalDate> adopted, String decision, String summary,
                        FrontMatter fm) {
    }

    /** {@code content/<agenda>/<period>/<doc>.md}. */
    public record DocHeader(String source, String agenda, String period, String slug, String title, String type,
                     Optional<LocalDate> date, boolean draft, String summary, List<String> tags, int order,
                     FrontMatter fm) {
    }
}
