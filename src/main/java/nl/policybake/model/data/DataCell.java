package nl.policybake.model.data;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One cell of a data file: the text as written and, when it is a number, its exact value.
 *
 * @param value empty for a missing value ({@code n.v.t.}, {@code PM}, {@code -}, empty) or a text cell
 * @param scale the number of decimals as written ({@code 257,30} has 2), kept when the value is shown again
 */
public record DataCell(String text, Optional<BigDecimal> value, NumberKind kind, int scale) {

    public static DataCell missing(String text) {
        return new DataCell(text, Optional.empty(), NumberKind.NUMBER, 0);
    }
}
