package nl.policybake.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape of a synthetic site before any text is written: which agendas, periods, action lines and documents it
 * has, which fenced blocks each document shows, and the seed of each text. {@link #pages()} is the number of HTML
 * pages policybake builds from it.
 */
record SitePlan(List<Agenda> agendas) {

    /** Pages every site has besides its agendas: home, 404, one plain page, the search page and the site map. */
    static final int FIXED_PAGES = 5;

    /** Pages a period with action lines has besides one per line: the overview, the dashboard and the partners. */
    static final int ACTION_PAGES = 3;

    /** An agenda (one region's programme): its folder name, title, member municipalities and text seed. */
    record Agenda(String id, String region, List<String> municipalities, long seed, List<Period> periods) {

        /** Whether a document of the agenda has a chart, which gives the agenda a monitor page. */
        boolean hasCharts() {
            return periods.stream().flatMap(p -> p.documents().stream()).anyMatch(d -> d.blocks().charts() > 0);
        }
    }

    /**
     * A policy period; {@code adopted} is empty unless the status is vastgesteld or afgerond.
     *
     * @param status one of the period statuses the front matter accepts
     * @param actionLines the rows of its {@code actielijnen.csv}, in file order; empty when it has none
     */
    record Period(String id, String title, int fromYear, int toYear, String status, LocalDate adopted,
                  long seed, List<ActionLine> actionLines, List<Doc> documents) {

        boolean isAdopted() {
            return adopted != null;
        }
    }

    /**
     * An action line of a period.
     *
     * @param continues the {@code Vervolg op} cell: the id of the line it continues in the previous period with
     *     action lines, possibly as {@code period/id}; empty when it is new
     * @param rows how many rows (results) it has in the CSV, at least 2
     * @param hasProse whether it has {@code actielijnen/<id>.md}
     */
    record ActionLine(String id, String title, String continues, int rows, boolean hasProse, long seed) {
    }

    /** A document: its file name without {@code .md}, front matter values, target length, blocks and text seed. */
    record Doc(String slug, String title, String type, String topic, LocalDate date, int order, List<String> tags,
               int words, Blocks blocks, long seed) {
    }

    /** Which action lines a document shows in {@code actielijnen} blocks. */
    enum ActionBlocks {
        NONE,
        /** A heading, a paragraph and a block for each action line of the period, as an implementation plan has. */
        EVERY_LINE,
        /** One block filtered to a few action lines, as a progress report has. */
        SOME_LINES
    }

    /**
     * The fenced blocks of a document besides its prose.
     *
     * @param figureCharts charts of the period's {@code data/kerncijfers.csv}, 0 to 3
     * @param figureTable a {@code table} block of {@code data/kerncijfers.csv}
     * @param budgetTable a {@code table} block of {@code data/financieel-kader.csv}, whose totals the build checks
     * @param budgetChart a stacked-bar chart of {@code data/financieel-kader.csv}
     */
    record Blocks(ActionBlocks actions, int figureCharts, boolean figureTable, boolean budgetTable,
                  boolean budgetChart) {

        static final Blocks NONE = new Blocks(ActionBlocks.NONE, 0, false, false, false);

        int charts() {
            return figureCharts + (budgetChart ? 1 : 0);
        }

        int dataTables() {
            return (figureTable ? 1 : 0) + (budgetTable ? 1 : 0);
        }
    }

    /**
     * The pages policybake makes: per agenda its page, the {@code actueel} redirect and, when it has charts, its
     * monitor page; per period its page and print page; per period with action lines one page per line,
     * {@link #ACTION_PAGES} and a comparison page when an earlier period of the agenda has action lines; one per
     * document; plus {@link #FIXED_PAGES}.
     */
    int pages() {
        int pages = FIXED_PAGES;
        for (Agenda a : agendas) {
            pages += 2 + (a.hasCharts() ? 1 : 0);
            boolean earlier = false;
            for (Period p : a.periods()) {
                pages += 2 + p.documents().size();
                if (!p.actionLines().isEmpty()) {
                    pages += p.actionLines().size() + ACTION_PAGES + (earlier ? 1 : 0);
                    earlier = true;
                }
            }
        }
        return pages;
    }

    int periods() {
        return agendas.stream().mapToInt(a -> a.periods().size()).sum();
    }

    int documents() {
        return agendas.stream().flatMap(a -> a.periods().stream()).mapToInt(p -> p.documents().size()).sum();
    }

    int actionLines() {
        return agendas.stream().flatMap(a -> a.periods().stream()).mapToInt(p -> p.actionLines().size()).sum();
    }

    int charts() {
        return docs().mapToInt(d -> d.blocks().charts()).sum();
    }

    int dataTables() {
        return docs().mapToInt(d -> d.blocks().dataTables()).sum();
    }

    private java.util.stream.Stream<Doc> docs() {
        return agendas.stream().flatMap(a -> a.periods().stream()).flatMap(p -> p.documents().stream());
    }
}
