package nl.policybake.parse.data;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.policybake.model.data.DataCell;
import nl.policybake.model.data.NumberKind;

/**
 * Reads a cell as a number the way the site's language writes it: in Dutch {@code 4.647.090}, {@code 257,30},
 * {@code 19%}, {@code € 1.234,56}, {@code -259.620} or {@code −259.620}; in English {@code 4,647,090.5}. A cell is a
 * number whole or not at all. {@code 1.5} in a Dutch table (or {@code 1,5} in an English one) could be either
 * reading and is refused as ambiguous. Thread-safe; never depends on the JVM's default locale.
 */
public final class NumberParser {

    /** The outcome of reading one cell. */
    public sealed interface Result permits Number, Missing, Invalid, Ambiguous {
    }

    /** A number, exactly. */
    public record Number(DataCell cell) implements Result {
    }

    /** A missing value: empty, {@code n.v.t.}, {@code PM}, {@code -}. */
    public record Missing(DataCell cell) implements Result {
    }

    /** Not a number. */
    public record Invalid() implements Result {
    }

    /** A number that reads differently with Dutch and English separators. */
    public record Ambiguous() implements Result {
    }

    private static final Set<String> MISSING = Set.of("", "n.v.t.", "nvt", "n.v.t", "pm", "p.m.", "-", "–", "—",
            "n.a.", "geen gegevens");
    private static final Pattern SHAPE = Pattern.compile("([-−])?\\s*(€|eur)?\\s*([-−])?\\s*([0-9][0-9.,]*)\\s*(%)?");

    private final char group;
    private final char decimal;

    /** @param language {@code nl} (grouping {@code .}, decimals {@code ,}) or {@code en} (the other way round) */
    public NumberParser(String language) {
        boolean dutch = !language.equals("en");
        this.group = dutch ? '.' : ',';
        this.decimal = dutch ? ',' : '.';
    }

    public Result parse(String raw) {
        String text = raw.strip().replace('\u00A0', ' ');
        if (MISSING.contains(text.toLowerCase(Locale.ROOT))) return new Missing(DataCell.missing(text));
        Matcher m = SHAPE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches() || (m.group(1) != null && m.group(3) != null)) return new Invalid();
        NumberKind kind = m.group(2) != null ? NumberKind.MONEY : m.group(5) != null ? NumberKind.PERCENT : NumberKind.NUMBER;
        if (m.group(2) != null && m.group(5) != null) return new Invalid();
        Optional<String> plain = plain(m.group(4));
        if (plain == null) return new Ambiguous();
        if (plain.isEmpty()) return new Invalid();
        BigDecimal value = new BigDecimal(plain.get());
        if (m.group(1) != null || m.group(3) != null) value = value.negate();
        return new Number(new DataCell(text, Optional.of(value), kind, Math.max(0, value.scale())));
    }

    /** The digits with a {@code .} decimal point; empty when malformed; null when ambiguous. */
    private Optional<String> plain(String body) {
        int decimals = body.indexOf(decimal);
        if (decimals != body.lastIndexOf(decimal)) return Optional.empty();
        String whole = decimals < 0 ? body : body.substring(0, decimals);
        String fraction = decimals < 0 ? "" : body.substring(decimals + 1);
        if (fraction.indexOf(group) >= 0 || (decimals >= 0 && fraction.isEmpty())) return Optional.empty();
        if (whole.indexOf(group) >= 0) {
            String[] parts = whole.split(Pattern.quote(String.valueOf(group)), -1);
            boolean grouped = parts[0].length() >= 1 && parts[0].length() <= 3;
            for (int i = 1; i < parts.length; i++) grouped &= parts[i].length() == 3;
            if (!grouped) {
                // "1.5" or "12.25": a decimal point in the other language's style
                return parts.length == 2 && decimals < 0 && !parts[1].isEmpty() ? null : Optional.empty();
            }
            if (parts.length == 2 && decimals < 0 && parts[0].equals("0")) return null;
            whole = whole.replace(String.valueOf(group), "");
        }
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit)) return Optional.empty();
        if (!fraction.chars().allMatch(Character::isDigit)) return Optional.empty();
        return Optional.of(fraction.isEmpty() ? whole : whole + "." + fraction);
    }
}
