package nl.policybake.render.actions;

/**
 * A status as readers see it: a shape and a word, never colour alone.
 *
 * @param key the CSS hook ({@code groen}, {@code geel}, {@code rood}, {@code nog-niet-beoordeeld}, {@code onbekend})
 * @param icon a shape that differs per status (● ▲ ■ ○ ?), hidden from screen readers
 * @param label the short word, {@code longLabel} the legend ("groen: gerealiseerd")
 */
public record StatusView(String key, String icon, String label, String longLabel) {
}
