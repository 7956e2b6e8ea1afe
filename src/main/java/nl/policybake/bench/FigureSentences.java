package nl.policybake.bench;

import java.util.Random;

/**
 * Sentences that carry figures in Dutch notation: clients in care with the change in percent, spending in euros,
 * an average tariff with cents, and the waiting list against the six-week norm.
 */
final class FigureSentences {

    private FigureSentences() {
    }

    /** One such sentence about a year of {@code prose}'s period. */
    static String any(ProseGenerator prose) {
        Random random = prose.random();
        int year = prose.year();
        return switch (random.nextInt(4)) {
            case 0 -> "In " + year + " ontvingen " + DutchNumbers.whole(1_500 + random.nextInt(9_000))
                    + " jeugdigen in de regio een vorm van jeugdhulp, " + (random.nextBoolean() ? "een stijging"
                    : "een daling") + " van " + DutchNumbers.percent(1 + random.nextInt(120))
                    + " ten opzichte van " + (year - 1) + ".";
            case 1 -> "De uitgaven aan " + prose.pick(Vocabulary.COST_ITEMS) + " kwamen in " + year + " uit op "
                    + DutchNumbers.euros(400_000 + random.nextInt(40_000_000)) + ", tegen "
                    + DutchNumbers.euros(400_000 + random.nextInt(40_000_000)) + " een jaar eerder.";
            case 2 -> {
                String[] tariff = prose.pick(Vocabulary.TARIFFS);
                yield "Het gemiddelde tarief voor " + tariff[0] + " bedraagt in " + year + " € "
                        + DutchNumbers.decimal(4_000 + random.nextInt(60_000)) + " per " + tariff[1] + ".";
            }
            default -> "Op 1 januari " + year + " stonden " + DutchNumbers.whole(20 + random.nextInt(900))
                    + " jeugdigen op de wachtlijst; " + DutchNumbers.percent(random.nextInt(1000))
                    + " van hen wachtte langer dan de norm van zes weken.";
        };
    }
}
