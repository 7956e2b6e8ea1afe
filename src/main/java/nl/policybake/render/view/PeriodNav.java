package nl.policybake.render.view;

import java.util.List;

/**
 * The period switcher of a page inside a period, and the banner when that period is not the current one.
 *
 * @param periods every period of the agenda, each linking to the same page in that period where it exists
 * @param banner the notice on a period that is not current; null on the current period
 */
public record PeriodNav(String agendaTitle, List<PeriodLink> periods, Banner banner) {

    /** One entry of the switcher. */
    public record PeriodLink(String label, String status, String url, boolean selected, boolean isCurrent,
                             boolean samePage) {
    }

    /** "U bekijkt de periode 2015-2017 ..." with a link to the same page in the current period. */
    public record Banner(String text, String linkLabel, String url) {
    }
}
