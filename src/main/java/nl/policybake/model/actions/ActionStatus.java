package nl.policybake.model.actions;

/**
 * The status of an action-line row. Shown always as a word with a shape, never by colour alone.
 */
public enum ActionStatus {
    GROEN("groen"),
    GEEL("geel"),
    ROOD("rood"),
    NIET_BEOORDEELD("nog-niet-beoordeeld"),
    ONBEKEND("onbekend");

    private final String key;

    ActionStatus(String key) {
        this.key = key;
    }

    /** The CSS hook and the suffix of its UI strings ({@code status.<key>}, {@code status.<key>.long}). */
    public String key() {
        return key;
    }
}
