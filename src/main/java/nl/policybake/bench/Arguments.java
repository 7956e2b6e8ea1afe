package nl.policybake.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line of {@link SyntheticSite}: {@code --pages N --out DIR [--seed S] [--theme DIR]}. Parsed by hand
 * because the tool is four options and should not depend on the CLI stage.
 */
record Arguments(int pages, Path out, long seed, Path theme) {

    /** The arguments, or empty after printing what is wrong to {@code err}. */
    static Optional<Arguments> parse(String[] args, PrintStream err) {
        Integer pages = null;
        Path out = null;
        long seed = SyntheticSite.DEFAULT_SEED;
        Path theme = Path.of("themes", "default");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                err.println("SyntheticSite: '" + option + "' needs a value");
                return Optional.empty();
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--pages" -> pages = Integer.parseInt(value);
                    case "--out" -> out = Path.of(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--theme" -> theme = Path.of(value);
                    default -> {
                        err.println("SyntheticSite: unknown option '" + option + "'");
                        return Optional.empty();
                    }
                }
            } catch (NumberFormatException e) {
                err.println("SyntheticSite: " + option + " is '" + value + "', expected a whole number");
                return Optional.empty();
            }
        }
        if (pages == null || out == null) {
            err.println("SyntheticSite: --pages and --out are required");
            return Optional.empty();
        }
        return Optional.of(new Arguments(pages, out, seed, theme));
    }
}
