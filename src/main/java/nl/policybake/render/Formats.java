package nl.policybake.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates as readers of the site's language write them: "19 mei 2020", or "19 May 2020". */
final class Formats {

    private final DateTimeFormatter longDate;

    Formats(Locale locale) {
        this.longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
    }

    String date(LocalDate date) {
        return longDate.format(date);
    }

    String date(Optional<LocalDate> date) {
        return date.map(this::date).orElse("");
    }

    static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
