package nl.policybake.parse.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import nl.policybake.model.data.DataCell;
import nl.policybake.model.data.NumberKind;

/**
 * Writes numbers the way the site's language does: {@code 4.647.090}, {@code 257,30}, {@code 19%},
 * {@code € 1.234,56}, {@code -259.620} in Dutch. A new instance per thread: {@link DecimalFormat} is not thread-safe.
 */
public final class NumberFormats {

    private final Locale locale;
    /**
     * Made when first needed: most bodies format no number, and making them costs a locale lookup. Volatile, and set
     * only when complete, so that an instance shared by mistake still formats right.
     */
    private volatile DecimalFormatSymbols symbols;

    /** @param language {@code nl} or {@code en} */
    public NumberFormats(String language) {
        this.locale = language.equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL");
    }

    /** {@code value} with {@code scale} decimals, grouped. */
    public String format(BigDecimal value, int scale) {
        DecimalFormatSymbols known = symbols;
        if (known == null) {
            known = DecimalFormatSymbols.getInstance(locale);
            known.setMinusSign('-');
            symbols = known;
        }
        DecimalFormat f = new DecimalFormat("#,##0", known);
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A cell as the table shows it: its value in the site's format with its kind, or its text when missing. */
    public String format(DataCell cell) {
        if (cell.value().isEmpty()) return cell.text();
        String n = format(cell.value().get(), cell.scale());
        return switch (cell.kind()) {
            case PERCENT -> n + "%";
            case MONEY -> "€ " + n;
            case NUMBER -> n;
        };
    }

    /** An amount in a message, with the kind of the cells it was computed from. */
    public String format(BigDecimal value, NumberKind kind) {
        return format(new DataCell("", java.util.Optional.of(value), kind, Math.max(0, value.stripTrailingZeros().scale())));
    }
}
