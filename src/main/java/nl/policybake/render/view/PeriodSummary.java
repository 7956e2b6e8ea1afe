package nl.policybake.render.view;

/**
 * A period as it is listed: on the agenda page and at the head of its own pages.
 *
 * @param span the formatted dates, e.g. "1 januari 2020 – 31 december 2023"
 * @param statusKey a CSS hook for the status ({@code vastgesteld}, {@code ter-vaststelling}, ...)
 * @param adopted the adoption date formatted, or empty
 */
public record PeriodSummary(String id, String title, String url, String span, String status, String statusKey,
                            String adopted, String decision, String summary, boolean isCurrent) {
}
