package nl.policybake.render.view;

/** A document as it is listed on its period's page, the home page and in search of the period. */
public record DocumentCard(String title, String url, String type, String date, String isoDate, String summary,
                           boolean draft) {
}
