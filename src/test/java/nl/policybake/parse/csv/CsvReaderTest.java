package nl.policybake.parse.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.policybake.diag.Diagnostic;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.Messages;
import nl.policybake.load.SourceFile;

/** CSV in every dialect Excel writes, and every way it goes wrong. */
class CsvReaderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("nl"), false);

    private Optional<CsvTable> read(byte[] bytes, Optional<Charset> fallback) {
        return new CsvReader(fallback).read(new SourceFile("content/r/2020-2023/actielijnen.csv", bytes), diags);
    }

    private Optional<CsvTable> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    private List<String> lines() {
        return diags.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsSemicolonsWithByteOrderMarkAndCrlf() {
        CsvTable t = read("\uFEFFActielijn;Titel;Partners\r\n5.1;Preventie;\"GGD; scholen\"\r\n\r\n5.2;Normaliseren;\r\n")
                .orElseThrow();
        assertEquals(List.of("Actielijn", "Titel", "Partners"), t.header());
        assertEquals(List.of(new CsvTable.Row(2, List.of("5.1", "Preventie", "GGD; scholen")),
                new CsvTable.Row(4, List.of("5.2", "Normaliseren", ""))), t.rows());
        assertEquals(List.of(), lines());
    }

    @Test
    void readsCommasWithoutByteOrderMarkAndTabs() {
        assertEquals(List.of("5.1", "Preventie, eigen kracht", "2020"),
                read("Actielijn,Titel,Jaar\n5.1,\"Preventie, eigen kracht\",2020\n").orElseThrow().rows().get(0).cells());
        assertEquals(List.of("5.1", "Preventie; zorg"),
                read("Actielijn\tTitel\n5.1\tPreventie; zorg\n").orElseThrow().rows().get(0).cells());
    }

    @Test
    void keepsLineBreaksAndDoubledQuotesInQuotedCellsAndCountsLines() {
        CsvTable t = read("Actielijn;Activiteiten\n5.1;\"1. Richtlijn \"\"preventie\"\"\r\n2. Advies\"\n5.2;x\n")
                .orElseThrow();
        assertEquals("1. Richtlijn \"preventie\"\n2. Advies", t.rows().get(0).cell(1));
        assertEquals(4, t.rows().get(1).line());
    }

    @Test
    void padsShortRowsButRejectsRaggedOnes() {
        assertEquals(List.of("5.1", ""), read("Actielijn;Titel\n5.1\n").orElseThrow().rows().get(0).cells());
        assertEquals(Optional.empty(), read("Actielijn;Titel\n5.1;a;b;c\n5.2;a\n"));
        assertEquals(List.of("content/r/2020-2023/actielijnen.csv:2: deze rij heeft 4 cellen, de kopregel 2. Controleer "
                + "of er een scheidingsteken (; of ,) in een cel staat zonder aanhalingstekens eromheen."), lines());
    }

    @Test
    void ignoresEmptyTrailingCellsExcelAddsToARow() {
        assertEquals(List.of("5.1", "Titel"), read("Actielijn;Titel\n5.1;Titel;;\n").orElseThrow().rows().get(0).cells());
    }

    @Test
    void reportsWindows1252WithTheLineAndHowToSave() {
        byte[] bytes = "Actielijn;Titel\n5.1;Cliëntparticipatie\n".getBytes(CP1252);
        assertEquals(Optional.empty(), read(bytes, Optional.empty()));
        assertEquals(List.of("content/r/2020-2023/actielijnen.csv:2: het CSV-bestand is niet in UTF-8 opgeslagen (byte "
                + "0xEB op deze regel); Excel bewaart 'CSV' als Windows-1252. Kies in Excel bij Opslaan als het type "
                + "'CSV UTF-8 (door komma's gescheiden)', of zet csv.encoding = windows-1252 in site-config.properties."),
                lines());
    }

    @Test
    void readsWindows1252WhenTheSiteDeclaresIt() {
        byte[] bytes = "Actielijn;Titel\n5.1;Cliëntparticipatie\n".getBytes(CP1252);
        assertEquals("Cliëntparticipatie", read(bytes, Optional.of(CP1252)).orElseThrow().rows().get(0).cell(1));
        assertEquals(List.of(), lines());
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineItOpens() {
        assertEquals(Optional.empty(), read("Actielijn;Titel\n5.1;ok\n5.2;\"niet afgesloten\n5.3;x\n"));
        assertEquals(List.of("content/r/2020-2023/actielijnen.csv:3: een cel die op deze regel met een aanhalingsteken "
                + "begint, wordt nergens afgesloten. Sluit de cel af met een \" of exporteer de tabel opnieuw uit Excel."),
                lines());
    }

    @Test
    void reportsDuplicateAndEmptyHeadersAllAtOnce() {
        assertEquals(Optional.empty(), read("Actielijn;Titel;;TITEL;Jaar\n5.1;a;b;c;d\n"));
        assertEquals(List.of(
                "content/r/2020-2023/actielijnen.csv:1: de kop 'TITEL' staat twee keer in de kopregel (kolom 2 en 4). "
                        + "Geef elke kolom een eigen kop.",
                "content/r/2020-2023/actielijnen.csv:1: kolom 3 heeft geen kop. Geef de kolom een kop of verwijder hem."),
                lines());
    }

    @Test
    void detectsTheSeparatorFromTheHeaderLineOnly() {
        assertEquals(';', CsvReader.separator("A;B;C\n1,5;2,5;3\n"));
        assertEquals(',', CsvReader.separator("A,B,\"C;D\"\n"));
        assertTrue(read("").isEmpty());
    }
}
