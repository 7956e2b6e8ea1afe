package nl.policybake.parse.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;
import nl.policybake.model.data.DataCell;
import nl.policybake.model.data.DataRow;
import nl.policybake.model.data.DataTableBlock;
import nl.policybake.model.data.Dataset;
import nl.policybake.model.data.NumberKind;

/**
 * Checks the money in a data file: every {@code Subtotaal} row is the sum of the rows above it since the previous
 * subtotal or total; every {@code Totaal} row the sum of all non-total rows since the previous total; and every
 * declared sum {@code C = A + B - D} holds on every row. A known difference may be declared; a declared difference
 * that is not there, or is another amount, is reported too.
 */
public final class TotalsCheck {

    /** A column that must equal a signed sum of others, by index. */
    public record Sum(int target, List<Integer> terms, List<Boolean> negative) {
    }

    private final Diagnostics diags;
    private final NumberFormats formats;

    public TotalsCheck(Diagnostics diags, NumberFormats formats) {
        this.diags = diags;
        this.formats = formats;
    }

    /** Checks {@code data}; {@code declared} are the differences the block allows, {@code blockPos} where it is. */
    public void check(Dataset data, List<Sum> sums, List<DataTableBlock.Difference> declared, SourcePos blockPos) {
        if (!data.clean()) return; // a cell that is not a number was reported already; its sums would only repeat it
        boolean[] used = new boolean[declared.size()];
        for (int c = 0; c < data.columns().size(); c++) {
            BigDecimal sinceSub = BigDecimal.ZERO;
            BigDecimal sinceTotal = BigDecimal.ZERO;
            for (DataRow r : data.rows()) {
                Optional<BigDecimal> v = r.cells().get(c).value();
                switch (r.total()) {
                    case NONE -> {
                        sinceSub = sinceSub.add(v.orElse(BigDecimal.ZERO));
                        sinceTotal = sinceTotal.add(v.orElse(BigDecimal.ZERO));
                    }
                    case SUBTOTAL -> {
                        compare(data, r, c, sinceSub, declared, used);
                        sinceSub = BigDecimal.ZERO;
                    }
                    case TOTAL -> {
                        compare(data, r, c, sinceTotal, declared, used);
                        sinceSub = BigDecimal.ZERO;
                        sinceTotal = BigDecimal.ZERO;
                    }
                }
            }
        }
        for (Sum s : sums) checkSum(data, s, declared, used);
        for (int i = 0; i < declared.size(); i++) {
            if (!used[i]) {
                DataTableBlock.Difference d = declared.get(i);
                diags.error(blockPos, "data.noSuchDifference", d.row(), d.column());
            }
        }
    }

    private void compare(Dataset data, DataRow r, int c, BigDecimal expected, List<DataTableBlock.Difference> declared,
                         boolean[] used) {
        DataCell cell = r.cells().get(c);
        if (cell.value().isEmpty()) return;
        BigDecimal diff = cell.value().get().subtract(expected);
        report(data, r, c, cell, expected, diff, declared, used, "data.totalMismatch");
    }

    private void checkSum(Dataset data, Sum s, List<DataTableBlock.Difference> declared, boolean[] used) {
        for (DataRow r : data.rows()) {
            DataCell cell = r.cells().get(s.target());
            if (cell.value().isEmpty()) continue;
            BigDecimal expected = BigDecimal.ZERO;
            boolean any = false;
            for (int i = 0; i < s.terms().size(); i++) {
                Optional<BigDecimal> v = r.cells().get(s.terms().get(i)).value();
                any |= v.isPresent();
                BigDecimal term = v.orElse(BigDecimal.ZERO);
                expected = s.negative().get(i) ? expected.subtract(term) : expected.add(term);
            }
            if (!any) continue;
            report(data, r, s.target(), cell, expected, cell.value().get().subtract(expected), declared, used,
                    "data.sumMismatch");
        }
    }

    private void report(Dataset data, DataRow r, int c, DataCell cell, BigDecimal expected, BigDecimal diff,
                        List<DataTableBlock.Difference> declared, boolean[] used, String key) {
        String column = data.columns().get(c);
        for (int i = 0; i < declared.size(); i++) {
            DataTableBlock.Difference d = declared.get(i);
            if (d.row().equals(r.label()) && d.column().equals(column)) {
                used[i] = true;
                if (d.amount().compareTo(diff) != 0) {
                    diags.error(new SourcePos(data.source(), r.line(), c + 2), "data.wrongDifference", r.label(), column,
                            formats.format(d.amount(), cell.kind()), formats.format(diff, cell.kind()));
                }
                return;
            }
        }
        if (diff.signum() != 0) {
            NumberKind kind = cell.kind();
            diags.error(new SourcePos(data.source(), r.line(), c + 2), key, r.label(), column, cell.text(),
                    formats.format(expected, kind), formats.format(diff, kind));
        }
    }
}
