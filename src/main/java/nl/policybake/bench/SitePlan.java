package nl.policybake.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape of a synthetic site before any text is written: which agendas, periods and documents it has, and
 * the seed of each document's text. {@link #pages()} is the number of HTML pages policybake builds from it.
 */
record SitePlan(List<Agenda> agendas) {

    /** Pages every site has besides its agendas: home, 404, one plain page, the search page and the site map. */
    static final int FIXED_PAGES = 5;

    /** An agenda (one region's programme): its folder name, title, member municipalities and text seed. */
    record Agenda(String id, String region, List<String> municipalities, long seed, List<Period> periods) {
    }

    /**
     * A policy period; {@code adopted} is empty unless the status is vastgesteld or afgerond.
     *
     * @param status one of the period statuses the front matter accepts
     */
    record Period(String id, String title, int fromYear, int toYear, String status, LocalDate adopted,
                  long seed, List<Doc> documents) {

        boolean isAdopted() {
            return adopted != null;
        }
    }

    /** A document: its file name without {@code .md}, front matter values, target length and text seed. */
    record Doc(String slug, String title, String type, String topic, LocalDate date, int order, List<String> tags,
               int words, long seed) {
    }

    /**
     * The pages policybake makes: per agenda its page and the {@code actueel} redirect, per period its page and
     * print page, one per document, plus {@link #FIXED_PAGES}.
     */
    int pages() {
        return FIXED_PAGES + 2 * agendas.size() + 2 * periods() + documents();
    }

    int periods() {
        return agendas.stream().mapToInt(a -> a.periods().size()).sum();
    }

    int documents() {
        return agendas.stream().flatMap(a -> a.periods().stream()).mapToInt(p -> p.documents().size()).sum();
    }
}
