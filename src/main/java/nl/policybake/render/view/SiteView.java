package nl.policybake.render.view;

import java.util.List;

/**
 * What every page shows of the site as a whole.
 *
 * @param home the URL of the home page, with the site's base path
 * @param assets the URL prefix of the theme's files, e.g. {@code /assets/}
 * @param footerLinks the plain pages (accessibility statement, ...) linked from every footer
 * @param search the search page, {@code siteMap} the readers' site map, {@code searchIndex} the index folder
 */
public record SiteView(String title, String description, String lang, String owner, String contact, String home,
                       String assets, String feed, String search, String siteMap, String searchIndex,
                       List<NavLink> agendas, List<NavLink> footerLinks) {
}
