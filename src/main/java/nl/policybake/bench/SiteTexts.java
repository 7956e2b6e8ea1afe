package nl.policybake.bench;

import java.util.Random;

/**
 * The files of a synthetic site other than its documents: {@code site-config.properties}, the home page, a plain
 * page, and each {@code agenda.md} and {@code periode.md}, all with front matter the schema accepts.
 */
final class SiteTexts {

    private SiteTexts() {
    }

    /** The site configuration, with the same keys as the sample site. */
    static String config(String theme) {
        return "# Synthetic site made by nl.policybake.bench.SyntheticSite for benchmarks; all text is made up.\n"
                + "site.title = Synthetische jeugdagenda's\n"
                + "site.url = https://benchmark.example.nl\n"
                + "site.language = nl\n"
                + "site.description = Gegenereerde beleidsagenda's van fictieve en echte jeugdhulpregio's, "
                + "om policybake te meten.\n"
                + "site.theme = " + theme + "\n"
                + "site.owner = Benchmark policybake\n"
                + "site.contact = webredactie@benchmark.example.nl\n"
                + "security.expires = 2030-12-31\n";
    }

    static String home(SitePlan plan, long seed) {
        return "---\n"
                + "title: \"Synthetische jeugdagenda's\"\n"
                + "summary: \"Een gegenereerde site van " + plan.pages() + " pagina's om policybake te meten.\"\n"
                + "---\n"
                + "Deze site is gemaakt door de benchmark van policybake, met seed " + seed + ". Hij telt "
                + plan.agendas().size() + " agenda's, " + plan.periods() + " periodes en " + plan.documents()
                + " documenten. Alle teksten, namen van gemeenten en cijfers zijn verzonnen; alleen de vorm lijkt op "
                + "die van echte regionale jeugdagenda's.\n\n"
                + "Lees [over deze site](over-deze-site.md) hoe de teksten zijn gemaakt.\n";
    }

    static String about() {
        return "---\n"
                + "title: Over deze site\n"
                + "summary: \"Hoe de synthetische teksten van deze site zijn gemaakt.\"\n"
                + "---\n"
                + "## Herkomst\n\n"
                + "De teksten zijn zinnen uit een vaste woordenlijst over jeugdhulp, wachtlijsten, jeugdzorgplus, "
                + "inkoop, transformatie en cliëntparticipatie. Dezelfde seed geeft altijd dezelfde bestanden.\n\n"
                + "## Gebruik\n\n"
                + "- Meten hoe snel policybake een grote site bouwt;\n"
                + "- Meten hoeveel geheugen dat kost.\n";
    }

    static String agenda(SitePlan.Agenda agenda) {
        ProseGenerator prose = new ProseGenerator(new Random(agenda.seed()), new ProseGenerator.Setting(
                agenda.region(), agenda.municipalities().size(), agenda.periods().get(0).fromYear(),
                agenda.periods().get(agenda.periods().size() - 1).toYear()));
        String body = "In de jeugdhulpregio " + agenda.region() + " kopen " + agenda.municipalities().size()
                + " gemeenten samen specialistische jeugdhulp in. " + prose.paragraph(3, 5) + "\n\n"
                + prose.paragraph(2, 4) + "\n";
        String abbreviations = DocumentWriter.abbreviations(body);
        return "---\n"
                + "title: " + DocumentWriter.quote(agenda.region()) + "\n"
                + "region: " + DocumentWriter.quote(agenda.region()) + "\n"
                + "municipalities: [" + String.join(", ", agenda.municipalities()) + "]\n"
                + "summary: " + DocumentWriter.quote("De " + agenda.municipalities().size() + " gemeenten van "
                + agenda.region() + " werken samen aan goede jeugdhulp. " + prose.sentence()) + "\n"
                + "---\n"
                + body + (abbreviations.isEmpty() ? "" : "\n" + abbreviations);
    }

    static String period(SitePlan.Agenda agenda, SitePlan.Period period) {
        ProseGenerator prose = new ProseGenerator(new Random(period.seed()), new ProseGenerator.Setting(
                agenda.region(), agenda.municipalities().size(), period.fromYear(), period.toYear()));
        StringBuilder body = new StringBuilder(prose.paragraph(3, 5)).append("\n\nDe belangrijkste doelen zijn:\n\n");
        for (int i = 1; i <= 4; i++) body.append(i).append(". ").append(prose.listItem()).append('\n');
        body.append('\n').append(prose.paragraph(2, 4)).append('\n');
        String abbreviations = DocumentWriter.abbreviations(body);
        StringBuilder fm = new StringBuilder("---\n")
                .append("title: ").append(DocumentWriter.quote(period.title())).append('\n')
                .append("start: ").append(period.fromYear()).append("-01-01\n")
                .append("end: ").append(period.toYear()).append("-12-31\n")
                .append("status: ").append(period.status()).append('\n');
        if (period.isAdopted()) {
            fm.append("adopted: ").append(period.adopted()).append('\n')
                    .append("decision: ").append(DocumentWriter.quote("Vastgesteld door de gemeenteraden van de "
                            + agenda.municipalities().size() + " gemeenten in " + agenda.region())).append('\n');
        }
        fm.append("summary: ").append(DocumentWriter.quote(prose.sentence() + " " + prose.sentence())).append('\n')
                .append("---\n");
        return fm + body.toString() + (abbreviations.isEmpty() ? "" : "\n" + abbreviations);
    }
}
