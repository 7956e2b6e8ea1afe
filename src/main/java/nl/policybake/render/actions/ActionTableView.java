package nl.policybake.render.actions;

import java.util.List;

/**
 * A table of action-line rows. With one action line it has a caption and links to that action line's page; with
 * several, the first column names the action line of each group of rows.
 *
 * @param headers the column headers as the CSV writes them
 * @param numeric per column, true when it holds amounts (right-aligned)
 */
public record ActionTableView(String caption, String url, boolean grouped, List<String> headers,
                              List<Boolean> numeric, List<Row> rows) {

    /**
     * One row, with the values the filters read.
     *
     * @param groupSize on the first row of an action line in a grouped table, how many rows it spans; else 0
     * @param scales space-separated scale words; {@code years} space-separated years
     * @param partners the partners joined by {@code |}
     */
    public record Row(String lineId, String lineTitle, String lineUrl, int groupSize, List<Cell> cells,
                      String status, String scales, String years, String partners, String municipality) {
    }

    /** A cell: its lines of text, and the status when it is the status column. */
    public record Cell(List<String> lines, StatusView status) {
    }
}
