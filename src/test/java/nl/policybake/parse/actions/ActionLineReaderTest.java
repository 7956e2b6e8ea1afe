package nl.policybake.parse.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.load.SourceFile;
import nl.policybake.model.actions.ActionColumn;
import nl.policybake.model.actions.ActionLine;
import nl.policybake.model.actions.ActionStatus;
import nl.policybake.parse.csv.CsvReader;

class ActionLineReaderTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);

    private List<ActionLine> read(String csv) {
        return new CsvReader(Optional.empty())
                .read(new SourceFile("content/r/2020-2023/actielijnen.csv", csv.getBytes(StandardCharsets.UTF_8)), diags)
                .map(t -> new ActionLineReader(diags).read(t, 2023)).orElseThrow();
    }

    private List<String> lines() {
        return diags.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void groupsRowsByIdFillsDownMergedCellsAndKeepsTheHeadersAsWritten() {
        List<ActionLine> lines = read("""
                AGENDA / JAAR;Actielijn;titel;Project / proces / activiteiten;Betrokken externe partners;Status
                2020;5.1;Preventie;Richtlijn;GGD, scholen;groen
                2021 >;;;Monitoring;;geel: loopt met aandachtspunten
                Jaarlijks vanaf 2021;5.2;Normaliseren;Pilot;;
                """);
        assertEquals(List.of(), lines());
        assertEquals(2, lines.size());
        ActionLine first = lines.get(0);
        assertEquals("5-1", first.slug());
        assertEquals(List.of(new ActionLine.Column(ActionColumn.ACTIVITEITEN, "Project / proces / activiteiten"),
                new ActionLine.Column(ActionColumn.PARTNERS, "Betrokken externe partners"),
                new ActionLine.Column(ActionColumn.JAAR, "AGENDA / JAAR"),
                new ActionLine.Column(ActionColumn.STATUS, "Status")), first.columns());
        assertEquals(List.of("GGD", "scholen"), first.rows().get(0).partners());
        assertEquals(List.of(2021, 2022, 2023), first.rows().get(1).years());
        assertEquals(ActionStatus.GEEL, first.rows().get(1).status());
        assertEquals(List.of(2021, 2022, 2023), lines.get(1).rows().get(0).years());
        assertEquals(ActionStatus.NIET_BEOORDEELD, lines.get(1).rows().get(0).status());
    }

    @Test
    void readsScalesAndYearsAsTheSeedsWriteThem() {
        assertEquals(List.of("regionaal", "subregionaal", "lokaal"),
                CellValues.scales("1. Lokaal; 2. Subregionaal (SWV onderwijs); Regionaal"));
        assertEquals(List.of(), CellValues.scales("pilots in Den Bosch"));
        assertEquals(List.of(2020, 2021), CellValues.years("2020 / 2021", 2023));
        assertEquals(List.of(2020), CellValues.years("Q4 2020", 2023));
        assertEquals(List.of(2018, 2019, 2020, 2021), CellValues.years("oktober 2018 tot december 2021", 2023));
        assertEquals(List.of(), CellValues.years("doorlopend", 2023));
    }

    @Test
    void reportsEveryProblemOfATableInOneRun() {
        read("""
                Actielijn;Titel;Staus;Kleur;Partners;Partner
                ;Zonder nummer;groen;x;a;b
                5.1;Preventie;paars;x;a;b
                5.1;Andere titel;groen;x;a;b
                5.2;Normaliseren;rood;x;a;b
                5.1;Preventie;rood;x;a;b
                5 1;Fout;rood;x;a;b
                """);
        assertEquals(List.of(
                "content/r/2020-2023/actielijnen.csv:1: de kolommen 'Partner' en 'Partners' betekenen hetzelfde. "
                        + "Houd er één over.",
                "content/r/2020-2023/actielijnen.csv:1: onbekende kolom 'Kleur'. Gebruik een van de kolommen uit "
                        + "docs/actielijnen.md of verwijder de kolom.",
                "content/r/2020-2023/actielijnen.csv:1: onbekende kolom 'Staus'. Bedoelt u 'Status'?",
                "content/r/2020-2023/actielijnen.csv:2: de eerste rij heeft geen actielijn. Vul in de kolom "
                        + "'Actielijn' het nummer in, bijvoorbeeld 5.1.",
                "content/r/2020-2023/actielijnen.csv:4: de Titel van actielijn '5.1' is hier 'Andere titel', maar "
                        + "eerder 'Preventie'. Laat de cel leeg of schrijf overal hetzelfde.",
                "content/r/2020-2023/actielijnen.csv:6: actielijn '5.1' komt opnieuw voor na andere actielijnen (eerst "
                        + "op regel 3). Zet de rijen van één actielijn onder elkaar.",
                "content/r/2020-2023/actielijnen.csv:7: het nummer '5 1' kan geen actielijn aanduiden. Gebruik letters, "
                        + "cijfers, punten en streepjes, bijvoorbeeld 5.1."), lines());
    }

    @Test
    void reportsAnUnknownStatusWithItsLine() {
        read("Actielijn;Titel;Status\n5.1;Preventie;paars\n");
        assertEquals(List.of("content/r/2020-2023/actielijnen.csv:2: onbekende status 'paars'. Gebruik groen, geel, "
                + "rood, nog niet beoordeeld of onbekend."), lines());
    }

    @Test
    void requiresTheIdAndTitleColumns() {
        assertEquals(List.of(), read("Nummer;Resultaat\n1;x\n"));
        assertEquals(List.of("content/r/2020-2023/actielijnen.csv:1: de actielijnentabel heeft geen kolom 'Titel'. "
                + "Voeg de kolom toe; zie docs/actielijnen.md voor de kolommen."), lines());
    }
}
