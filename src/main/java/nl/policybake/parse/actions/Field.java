package nl.policybake.parse.actions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.policybake.model.actions.ActionColumn;
import nl.policybake.parse.csv.HeaderNames;

/** The fields of an action-line CSV, each with the headers that name it (matched by {@link HeaderNames#key}). */
enum Field {
    ACTIELIJN(null, "Actielijn", "nr", "nummer", "id", "action line"),
    TITEL(null, "Titel", "naam", "title"),
    THEMA(null, "Thema", "hoofdstuk", "theme", "chapter"),
    VERVOLG(null, "Vervolg op", "voortzetting van", "vorige", "continues"),
    RESULTAAT(ActionColumn.RESULTAAT, "Resultaat", "beoogd resultaat", "doel", "doelstelling", "doelstellingen",
            "result", "goal"),
    ACTIVITEITEN(ActionColumn.ACTIVITEITEN, "Activiteiten", "project / proces / activiteiten", "activiteit", "acties",
            "actie", "doorontwikkeling", "activities"),
    PARTNERS(ActionColumn.PARTNERS, "Partners", "betrokken externe partners", "betrokken partners", "partner"),
    SCHAAL(ActionColumn.SCHAAL, "Schaal", "regionaal / lokaal", "niveau", "scale"),
    JAAR(ActionColumn.JAAR, "Jaar", "agenda / jaar", "planning", "periode", "year"),
    STATUS(ActionColumn.STATUS, "Status", "stand"),
    TOELICHTING(ActionColumn.TOELICHTING, "Toelichting", "stand van zaken", "voortgang", "resultaten", "explanation",
            "progress"),
    DEADLINE(ActionColumn.DEADLINE, "Deadline", "termijn", "gereed"),
    OPBRENGST(ActionColumn.OPBRENGST, "Opbrengst", "verwachte opbrengst", "expected yield"),
    GEMEENTE(ActionColumn.GEMEENTE, "Gemeente", "gemeenten", "municipality"),
    BUDGET(ActionColumn.BUDGET, "Budget", "kosten", "bedrag");

    private static final Map<String, Field> BY_KEY = new TreeMap<>();

    static {
        for (Field f : values()) for (String name : f.names) BY_KEY.put(HeaderNames.key(name), f);
    }

    private final ActionColumn column;
    private final List<String> names;

    Field(ActionColumn column, String... names) {
        this.column = column;
        this.names = Arrays.asList(names);
    }

    /** The table column this field shows as, or null for the structural fields (id, title, theme, continues). */
    ActionColumn column() {
        return column;
    }

    /** The canonical Dutch header. */
    String header() {
        return names.get(0);
    }

    static Optional<Field> of(String header) {
        return Optional.ofNullable(BY_KEY.get(HeaderNames.key(header)));
    }

    /** Every accepted header, for suggestions. */
    static String[] allHeaders() {
        return Arrays.stream(values()).flatMap(f -> f.names.stream()).toArray(String[]::new);
    }
}
