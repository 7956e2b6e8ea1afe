package nl.policybake.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects diagnostics from all stages, safely from several threads. Messages are looked up by key in the
 * site's language. At most {@link #CAP} errors are kept; the rest are counted, so the summary can say how many
 * more there were. Warnings become errors when the collector is strict.
 */
public final class Diagnostics {

    public static final int CAP = 50;

    private final Messages messages;
    private final boolean strict;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int errors;
    private int warnings;

    public Diagnostics(Messages messages, boolean strict) {
        this.messages = messages;
        this.strict = strict;
    }

    /** True when warnings count as errors. */
    public boolean strict() {
        return strict;
    }

    public Messages messages() {
        return messages;
    }

    /** Records an error: {@code key.problem} and {@code key.hint} from the catalogue, filled with {@code args}. */
    public void error(SourcePos pos, String key, Object... args) {
        add(pos, Severity.ERROR, key, args);
    }

    /** Records a warning, or an error when strict. */
    public void warning(SourcePos pos, String key, Object... args) {
        add(pos, strict ? Severity.ERROR : Severity.WARNING, key, args);
    }

    private void add(SourcePos pos, Severity severity, String key, Object... args) {
        Diagnostic d = new Diagnostic(pos, severity, messages.text(key + ".problem", args),
                messages.text(key + ".hint", args), messages.text("severity.warning"));
        synchronized (kept) {
            if (severity == Severity.ERROR) errors++; else warnings++;
            if (severity == Severity.WARNING || errors <= CAP) kept.add(d);
        }
    }

    /** An empty collector in the same language and strictness, for work whose diagnostics are kept and replayed. */
    public Diagnostics fork() {
        return new Diagnostics(messages, strict);
    }

    /**
     * Adds everything {@code other} collected, as if it had been reported here: its kept diagnostics in order and
     * the errors it counted beyond its cap. Used to replay the diagnostics of work that a rebuild takes from cache.
     */
    public void absorb(Diagnostics other) {
        List<Diagnostic> theirs;
        int dropped;
        synchronized (other.kept) {
            theirs = new ArrayList<>(other.kept);
            dropped = Math.max(0, other.errors - CAP);
        }
        synchronized (kept) {
            for (Diagnostic d : theirs) replay(d);
            errors += dropped;
        }
    }

    /** True when anything was reported, a warning or an error. */
    public boolean hasAny() {
        synchronized (kept) {
            return errors > 0 || warnings > 0;
        }
    }

    /**
     * Records {@code d} as an earlier build made it, text and severity unchanged: for a build that reports the result
     * it recorded instead of building again.
     */
    public void replay(Diagnostic d) {
        synchronized (kept) {
            if (d.severity() == Severity.ERROR) errors++; else warnings++;
            if (d.severity() == Severity.WARNING || errors <= CAP) kept.add(d);
        }
    }

    public boolean hasErrors() {
        synchronized (kept) {
            return errors > 0;
        }
    }

    public int errorCount() {
        synchronized (kept) {
            return errors;
        }
    }

    public int warningCount() {
        synchronized (kept) {
            return warnings;
        }
    }

    /** Errors beyond the cap that were counted but not kept. */
    public int droppedErrors() {
        synchronized (kept) {
            return Math.max(0, errors - CAP);
        }
    }

    /** The kept diagnostics sorted by file, line and text, so parallel stages still print in a stable order. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy;
        synchronized (kept) {
            copy = new ArrayList<>(kept);
        }
        Collections.sort(copy);
        return copy;
    }
}
