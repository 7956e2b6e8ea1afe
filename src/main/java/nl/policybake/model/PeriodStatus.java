package nl.policybake.model;

import java.util.Arrays;
import java.util.Optional;

/** The status of a policy period, in the vocabulary Dutch governments use for policy documents. */
public enum PeriodStatus {
    WERKVERSIE("werkversie"),
    CONSULTATIEVERSIE("consultatieversie"),
    TER_VASTSTELLING("ter vaststelling"),
    VASTGESTELD("vastgesteld"),
    AFGEROND("afgerond");

    private final String word;

    PeriodStatus(String word) {
        this.word = word;
    }

    /** The word as an editor writes it in front matter. */
    public String word() {
        return word;
    }

    /** The key of its label in the theme's UI strings. */
    public String labelKey() {
        return "period.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Adopted periods are candidates for "current": vastgesteld or afgerond. */
    public boolean isAdopted() {
        return this == VASTGESTELD || this == AFGEROND;
    }

    public static Optional<PeriodStatus> of(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
    }
}
