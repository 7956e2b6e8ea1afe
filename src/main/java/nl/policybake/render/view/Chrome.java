package nl.policybake.render.view;

import java.util.List;

/**
 * What the page layout needs of any page.
 *
 * @param title the page's own title (the {@code <h1>}); the {@code <title>} adds the site's name
 * @param canonical the absolute URL of the page
 * @param breadcrumbs the path from the home page, without the page itself
 * @param periodNav the period switcher and banner; null outside a period
 * @param kind a CSS hook for the kind of page ({@code document}, {@code period}, ...)
 */
public record Chrome(String title, String canonical, String description, List<NavLink> breadcrumbs,
                     PeriodNav periodNav, boolean draft, String kind) {
}
