package nl.policybake.bench;

import java.util.List;
import java.util.Map;

/**
 * The words synthetic policy prose is built from: subjects with their grammatical number, verbs that do not split
 * in a main clause, objects, adverbials, goals and sources, as Dutch youth-care regions write them. Immutable
 * constants only; {@link ProseGenerator} chooses among them.
 */
final class Vocabulary {

    /** A subject and whether it takes a plural verb. */
    record Subject(String text, boolean plural) {
    }

    /** A verb as third person singular and as infinitive (which is also the Dutch plural). */
    record Verb(String singular, String infinitive) {

        String agreeWith(Subject s) {
            return s.plural() ? infinitive : singular;
        }
    }

    static final List<Subject> SUBJECTS = List.of(
            new Subject("de regio", false), new Subject("de jeugdhulpregio", false),
            new Subject("het RIOZ", false), new Subject("de werkgroep inkoop", false),
            new Subject("het regionaal expertteam", false), new Subject("de centrumgemeente", false),
            new Subject("het bestuurlijk overleg jeugd", false), new Subject("de stuurgroep transformatie", false),
            new Subject("elke gemeente", false), new Subject("het wijkteam", false), new Subject("de GGD", false),
            new Subject("de GI", false), new Subject("het CJG", false),
            new Subject("de gemeenten", true), new Subject("de zorgaanbieders", true),
            new Subject("de jeugdprofessionals", true), new Subject("de samenwerkingsverbanden passend onderwijs", true),
            new Subject("de wethouders jeugd", true), new Subject("de contractmanagers", true),
            new Subject("de gemeenteraden", true), new Subject("ouders en jeugdigen", true),
            new Subject("de huisartsen", true), new Subject("de ervaringsdeskundigen", true),
            new Subject("de beleidsadviseurs", true));

    /** Verbs that suit any object: looking at something rather than changing it. */
    static final List<Verb> NEUTRAL_VERBS = List.of(
            new Verb("monitort", "monitoren"), new Verb("evalueert", "evalueren"),
            new Verb("onderzoekt", "onderzoeken"), new Verb("bespreekt", "bespreken"),
            new Verb("herijkt", "herijken"), new Verb("bewaakt", "bewaken"), new Verb("verkent", "verkennen"),
            new Verb("analyseert", "analyseren"));

    /** Verbs for {@link #OBJECTS}: things a region wants more or better of. */
    static final List<Verb> IMPROVING_VERBS = List.of(
            new Verb("verbetert", "verbeteren"), new Verb("versterkt", "versterken"),
            new Verb("organiseert", "organiseren"), new Verb("realiseert", "realiseren"),
            new Verb("ontwikkelt", "ontwikkelen"), new Verb("borgt", "borgen"), new Verb("vergroot", "vergroten"),
            new Verb("stimuleert", "stimuleren"), new Verb("ondersteunt", "ondersteunen"),
            new Verb("financiert", "financieren"), new Verb("intensiveert", "intensiveren"),
            new Verb("harmoniseert", "harmoniseren"));

    /** Verbs for {@link #PROBLEMS}: things a region wants less of. */
    static final List<Verb> REDUCING_VERBS = List.of(
            new Verb("vermindert", "verminderen"), new Verb("beperkt", "beperken"),
            new Verb("verkleint", "verkleinen"), new Verb("verlaagt", "verlagen"));

    /** Modal verbs: singular and plural. */
    static final List<Verb> MODALS = List.of(new Verb("wil", "willen"), new Verb("gaat", "gaan"),
            new Verb("moet", "moeten"), new Verb("kan", "kunnen"), new Verb("zal", "zullen"));

    /** Problems a region wants to shrink. */
    static final List<String> PROBLEMS = List.of(
            "de wachtlijsten voor specialistische jeugdhulp", "de instroom in de jeugdzorgplus",
            "de doorlooptijden in de jeugdbeschermingsketen", "de administratieve lasten voor zorgaanbieders",
            "het aantal uithuisplaatsingen", "de wachttijden in de jeugd-ggz", "de inzet van zware vormen van zorg",
            "de uitgaven aan jeugdhulp met verblijf", "het aantal jeugdigen op de wachtlijst");

    /** Things a region wants more or better of. */
    static final List<String> OBJECTS = List.of(
            "de cliëntparticipatie bij de inkoop", "de samenwerking tussen wijkteams en huisartsen",
            "de transformatie van de jeugdhulp", "het aantal pleeggezinnen in de regio",
            "de financiële beheersbaarheid van het stelsel", "de tarieven voor ambulante jeugdhulp", "de regionale inkoop van jeugdhulp met verblijf",
            "de kwaliteit van de pleegzorg", "de zorgcontinuïteit rond het achttiende jaar",
            "de ondersteuning van gezinnen in complexe scheidingen", "de aansluiting tussen onderwijs en jeugdhulp",
            "de uitstroom naar lichtere vormen van hulp", "de inzet van het voorliggend veld",
            "de positie van ervaringsdeskundigen",
            "de monitoring van resultaten en kosten", "de beschikbaarheid van crisisplekken",
            "het aantal gezinshuizen", "de kennis over jeugdigen met een LVB",
            "de afspraken met de gecertificeerde instellingen", "de sturing op reële tarieven",
            "de toegang tot de jeugd-ggz", "de inzet van praktijkondersteuners jeugd bij huisartsen",
            "de kleinschalige voorzieningen voor gesloten jeugdhulp", "de verantwoording aan de gemeenteraden",
            "de gegevensuitwisseling tussen gemeenten en aanbieders", "de preventieve inzet op scholen",
            "de bereikbaarheid van het regionaal expertteam", "de dyslexiezorg",
            "de integrale aanpak van huiselijk geweld", "de inkoop volgens de Norm voor Opdrachtgeverschap",
            "de samenwerking met de RvdK", "de verbinding met de Wmo", "de rol van de POH jeugd");

    /** Adverbials; {@code {jaar}} is filled with a year of the period, {@code {n}} with the number of gemeenten. */
    static final List<String> ADVERBIALS = List.of(
            "in de komende beleidsperiode", "samen met de zorgaanbieders", "vanaf {jaar}", "op regionaal niveau",
            "binnen de kaders van de Jeugdwet", "in nauwe afstemming met het onderwijs", "waar mogelijk dicht bij huis",
            "conform de Norm voor Opdrachtgeverschap", "in het tweede kwartaal van {jaar}",
            "met steun van het transformatiefonds", "op basis van de uitkomsten van de monitor",
            "in overleg met de cliëntenraden", "in alle {n} gemeenten", "per subregio", "in {jaar}",
            "vóór het einde van {jaar}", "in samenspraak met de VNG", "met oog voor de menselijke maat");

    static final List<String> GOALS = List.of(
            "om de zorg dichter bij huis te organiseren", "om uithuisplaatsingen te voorkomen",
            "om de wachttijden te verkorten", "om de kosten beheersbaar te houden",
            "om jeugdigen sneller passende hulp te bieden", "om de regierol van de gemeenten te versterken",
            "om ouders meer regie over de hulp te geven", "om de uitvoering eenvoudiger te maken",
            "om te voorkomen dat jeugdigen tussen wal en schip raken",
            "om de kwaliteit van de hulp aantoonbaar te verbeteren", "om de druk op de jeugdbescherming te verlagen");

    static final List<String> SOURCES = List.of(
            "de monitor jeugdhulp", "de cliëntervaringsonderzoeken", "de tussentijdse evaluatie",
            "de gesprekken met ervaringsdeskundigen", "de rapportage van het RIOZ", "de cijfers van het CBS",
            "de accountantscontrole", "de werksessies met de gemeenteraden", "het onderzoek naar de wachtlijsten",
            "de contractgesprekken met aanbieders");

    static final List<String> CONNECTIVES = List.of(
            "Daarnaast", "Tegelijkertijd", "Ook", "Verder", "Bovendien", "In de praktijk", "Op dit moment",
            "Inmiddels", "Vervolgens", "Daarom");

    static final List<String> COST_ITEMS = List.of(
            "jeugdhulp met verblijf", "ambulante jeugdhulp", "de jeugdzorgplus", "pleegzorg", "de jeugd-ggz",
            "de gecertificeerde instellingen", "dyslexiezorg", "het regionaal expertteam", "crisisopvang",
            "gezinshuizen");

    /** A tariff item and its unit. */
    static final List<String[]> TARIFFS = List.of(
            new String[] {"verblijf in een gezinshuis", "etmaal"}, new String[] {"ambulante begeleiding", "uur"},
            new String[] {"behandeling in de jeugd-ggz", "uur"}, new String[] {"jeugdzorgplus", "etmaal"},
            new String[] {"dagbehandeling", "dagdeel"}, new String[] {"pleegzorg", "etmaal"});

    static final List<String> SECTIONS = List.of(
            "Aanleiding en opgave", "Doelen voor deze periode", "Stand van zaken", "Resultaten in cijfers",
            "Financiën", "Inkoop en contractering", "Cliëntparticipatie", "Monitoring en verantwoording",
            "Risico's en aandachtspunten", "Samenwerking met partners", "Planning", "Transformatie");

    static final List<String> SUBSECTIONS = List.of(
            "Wachtlijsten en wachttijden", "Jeugdzorgplus en gesloten jeugdhulp", "Pleegzorg en gezinshuizen",
            "Onderwijs en jeugdhulp", "Jeugdbescherming en veiligheid", "Preventie en voorliggend veld",
            "Zorgcontinuïteit 18-/18+", "Jeugd-ggz", "Reële tarieven", "Toegang en wijkteams", "Crisisopvang",
            "Dyslexiezorg", "Cliëntervaringen", "Regionaal expertteam");

    /** Topics for document titles, with the tag each one carries. */
    static final List<String[]> TOPICS = List.of(
            new String[] {"wachtlijsten specialistische jeugdhulp", "wachtlijsten"},
            new String[] {"jeugdzorgplus", "jeugdzorgplus"},
            new String[] {"cliëntparticipatie", "clientparticipatie"},
            new String[] {"inkoop jeugdhulp met verblijf", "inkoop"},
            new String[] {"pleegzorg en gezinshuizen", "pleegzorg"},
            new String[] {"onderwijs en jeugdhulp", "onderwijs"},
            new String[] {"zorgcontinuïteit 18-/18+", "18-18plus"},
            new String[] {"veiligheid en jeugdbescherming", "jeugdbescherming"},
            new String[] {"ambulante jeugdhulp", "ambulant"},
            new String[] {"preventie en voorliggend veld", "preventie"},
            new String[] {"jeugd-ggz", "jeugd-ggz"},
            new String[] {"regionale transformatie", "transformatie"},
            new String[] {"reële tarieven", "tarieven"},
            new String[] {"toegang en wijkteams", "toegang"},
            new String[] {"crisisopvang", "crisis"},
            new String[] {"dyslexiezorg", "dyslexie"});

    /** Titles of action lines, as implementation plans name them; more than two periods' worth. */
    static final List<String> ACTION_TITLES = List.of(
            "Preventie en eerder de juiste hulp", "Normaliseren", "Grip op de toegang", "Integrale ondersteuning",
            "Inkoop en aanbesteding", "Zorgcontinuïteit 18-/18+", "Minder regeldruk", "Sturen op resultaten",
            "Thuis opgroeien", "Passend onderwijs en jeugdhulp", "Veiligheid voorop", "Pleegzorg en gezinshuizen",
            "Kortere wachttijden", "Afbouw gesloten jeugdhulp", "Ervaringsdeskundigheid benutten",
            "Vakmanschap van jeugdprofessionals", "Samenwerking met huisartsen", "Crisisopvang dichtbij",
            "Reële tarieven", "Scheiden zonder schade", "Jeugd-ggz in de wijk", "Regionaal expertteam",
            "Dyslexiezorg op school", "Cliëntparticipatie", "Monitoring en verantwoording", "Kleinschalig verblijf");

    /** Partners named in action-line tables. */
    static final List<String> PARTNERS = List.of(
            "lokale teams", "GGD", "zorgaanbieders", "samenwerkingsverbanden passend onderwijs", "Veilig Thuis",
            "gecertificeerde instellingen", "huisartsen", "RvdK", "cliëntenraden", "zorgverzekeraars", "VNG",
            "welzijnswerk", "jongerenwerk", "ervaringsdeskundigen", "woningcorporaties", "politie");

    /** A row of a period's {@code data/kerncijfers.csv} and about how many young people per 1000 it counts. */
    record KeyFigure(String label, int perThousand) {
    }

    static final List<KeyFigure> KEY_FIGURES = List.of(
            new KeyFigure("Jeugdigen met jeugdhulp", 95), new KeyFigure("Jeugdigen met jeugdhulp met verblijf", 9),
            new KeyFigure("Jeugdigen met een jeugdbeschermingsmaatregel", 11),
            new KeyFigure("Jeugdigen met jeugdreclassering", 3), new KeyFigure("Jeugdigen op de wachtlijst", 6));

    /** Abbreviations the prose may use, with their expansion for {@code *[ABBR]: ...} definitions. */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("RIOZ", "Regionaal Inkoop- en Ondersteuningsbureau Zorg"),
            Map.entry("GGD", "Gemeentelijke Gezondheidsdienst"),
            Map.entry("GI", "gecertificeerde instelling"),
            Map.entry("CJG", "Centrum voor Jeugd en Gezin"),
            Map.entry("VNG", "Vereniging van Nederlandse Gemeenten"),
            Map.entry("Wmo", "Wet maatschappelijke ondersteuning"),
            Map.entry("RvdK", "Raad voor de Kinderbescherming"),
            Map.entry("POH", "praktijkondersteuner huisarts"),
            Map.entry("LVB", "licht verstandelijke beperking"),
            Map.entry("CBS", "Centraal Bureau voor de Statistiek"));

    /** Real youth-care region names; beyond these the generator makes "Regio Xxx" names. */
    static final List<String> REGIONS = List.of(
            "Holland Rijnland", "Twente", "Achterhoek", "Zuid-Limburg", "Haaglanden", "Rijnmond", "Food Valley",
            "Gooi en Vechtstreek", "Noord-Veluwe", "IJsselland", "Drenthe", "Groningen", "Friesland", "Zeeland",
            "Midden-Holland", "Zaanstreek-Waterland", "Kennemerland", "Noord-Limburg", "Midden-Limburg",
            "Centraal Gelderland", "Rivierenland", "Lekstroom", "Zuidoost-Brabant", "Amstelland-Meerlanden");

    static final List<String> PLACE_STARTS = List.of(
            "Ooster", "Wester", "Noord", "Zuid", "Hoog", "Laag", "Oud", "Nieuw", "Groot", "Klein", "Berg", "Bree",
            "Hel", "Ros", "Wijk", "Veen", "Dal", "Holt", "Esch", "Lith");

    static final List<String> PLACE_ENDS = List.of(
            "hout", "veen", "dijk", "broek", "dam", "horst", "wijk", "zande", "stein", "loo", "heuvel", "rode",
            "beek", "meer", "hoven", "gouw", "wolde", "haven", "berg", "donk");

    private Vocabulary() {
    }
}
