package nl.policybake.render.view;

/** An agenda as the home page lists it, with its current period. */
public record AgendaCard(String title, String region, String summary, String url, String municipalities,
                         PeriodSummary current) {
}
