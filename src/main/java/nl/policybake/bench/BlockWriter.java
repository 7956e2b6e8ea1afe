package nl.policybake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fenced blocks of a synthetic document, each in a section of its own with a short introduction:
 * {@code actielijnen} blocks (one per action line under its own heading, or one filtered to a few lines), and
 * {@code chart} and {@code table} blocks over the period's data files (docs/actielijnen.md, docs/data.md).
 */
final class BlockWriter {

    private static final String WAITING = "Jeugdigen op de wachtlijst";
    private static final String IN_CARE = "Jeugdigen met jeugdhulp";

    private BlockWriter() {
    }

    /** The action-line section {@code kind} asks for; nothing for {@link SitePlan.ActionBlocks#NONE}. */
    static void actionLines(StringBuilder md, ProseGenerator prose, SitePlan.Period period,
                            SitePlan.ActionBlocks kind) {
        List<SitePlan.ActionLine> lines = period.actionLines();
        switch (kind) {
            case EVERY_LINE -> {
                heading(md, 2, "Actielijnen");
                paragraph(md, prose.paragraph(1, 3));
                for (SitePlan.ActionLine l : lines) {
                    heading(md, 3, prose.count("Actielijn " + l.id() + " " + l.title()));
                    paragraph(md, prose.paragraph(1, 3));
                    block(md, "actielijnen", "actielijn: " + l.id());
                }
            }
            case SOME_LINES -> {
                heading(md, 2, "Voortgang van de actielijnen");
                paragraph(md, prose.paragraph(1, 3));
                List<String> ids = new ArrayList<>();
                int n = Math.min(lines.size(), 2 + prose.random().nextInt(2));
                int start = prose.random().nextInt(lines.size());
                for (int i = 0; i < n; i++) ids.add(lines.get((start + i) % lines.size()).id());
                block(md, "actielijnen", "actielijn: " + String.join(", ", ids));
            }
            default -> {
            }
        }
    }

    /** The key-figures section: {@code blocks.figureCharts()} charts, then the figures as a table when asked. */
    static void figures(StringBuilder md, ProseGenerator prose, SitePlan.Agenda agenda, SitePlan.Period period,
                        SitePlan.Blocks blocks) {
        if (blocks.figureCharts() == 0 && !blocks.figureTable()) return;
        heading(md, 2, "Kerncijfers");
        paragraph(md, prose.paragraph(1, 3));
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3));
        java.util.Collections.shuffle(kinds, prose.random());
        String source = "source: CBS Statline, bewerking " + agenda.region();
        for (int i = 0; i < blocks.figureCharts(); i++) {
            block(md, "chart", "data: " + DataFileWriter.KEY_FIGURES, chart(kinds.get(i), prose.random(), agenda,
                    period), "unit: jeugdigen", source);
            paragraph(md, prose.paragraph(1, 2));
        }
        if (blocks.figureTable()) {
            block(md, "table", "data: " + DataFileWriter.KEY_FIGURES, "title: Kerncijfers jeugdhulp "
                    + agenda.region() + " " + period.id(), "unit: jeugdigen", source);
        }
    }

    /** The budget section: the budget table, and its stacked-bar chart when asked. */
    static void budget(StringBuilder md, ProseGenerator prose, SitePlan.Agenda agenda, SitePlan.Period period,
                       SitePlan.Blocks blocks) {
        if (!blocks.budgetTable() && !blocks.budgetChart()) return;
        heading(md, 2, "Financieel kader");
        paragraph(md, prose.paragraph(1, 3));
        String source = "source: Begroting jeugdhulp " + agenda.region();
        if (blocks.budgetTable()) {
            block(md, "table", "data: " + DataFileWriter.BUDGET, "title: Financieel kader jeugdhulp " + period.id(),
                    "unit: euro", source);
        }
        if (blocks.budgetChart()) {
            block(md, "chart", "data: " + DataFileWriter.BUDGET, "type: stacked-bar",
                    "title: Financieel kader " + period.id() + " per post", "unit: euro", source);
        }
    }

    /** The type, title and selection of one of four kinds of key-figure chart, as lines of a block. */
    private static String chart(int kind, Random random, SitePlan.Agenda agenda, SitePlan.Period period) {
        List<String> years = DataFileWriter.figureYears(period);
        String span = years.get(0) + "-" + years.get(years.size() - 1);
        List<Vocabulary.KeyFigure> figures = Vocabulary.KEY_FIGURES;
        return switch (kind) {
            case 0 -> "type: line\ntitle: Jeugdigen met jeugdhulp in " + agenda.region() + ", " + span
                    + "\nrows: " + IN_CARE + "\nperiods: ja";
            case 1 -> {
                String row = figures.get(1 + random.nextInt(figures.size() - 1)).label();
                yield "type: bar\ntitle: " + row + ", " + span + "\nrows: " + row;
            }
            case 2 -> "type: grouped-bar\ntitle: Jeugdigen per vorm van zorg, " + years.get(0) + " en "
                    + DataFileWriter.lastFigureYear(period) + "\nrows: " + figures.get(1).label() + ", "
                    + figures.get(2).label() + ", " + figures.get(3).label() + "\ncolumns: " + years.get(0) + ", "
                    + DataFileWriter.lastFigureYear(period);
            default -> "type: line\ntitle: Wachtlijst jeugdhulp " + agenda.region() + ", " + span + "\nrows: "
                    + WAITING + "\ntarget: " + DutchNumbers.whole(50L * agenda.municipalities().size());
        };
    }

    private static void block(StringBuilder md, String name, String... lines) {
        md.append("```").append(name).append('\n');
        for (String l : lines) md.append(l).append('\n');
        md.append("```\n\n");
    }

    private static void heading(StringBuilder md, int level, String text) {
        md.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    private static void paragraph(StringBuilder md, String text) {
        md.append(text).append("\n\n");
    }
}
