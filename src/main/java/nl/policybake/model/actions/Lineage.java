package nl.policybake.model.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.policybake.model.Agenda;
import nl.policybake.model.Period;


/**
 * Which action line continues which across the periods of an agenda: the one named in {@code Vervolg op}
 * ({@code 3.2} in the previous period with action lines, or {@code 2018-2021/3.2}), or else the line with the same id
 * and title in the previous period.
 */
public final class Lineage {

    /** An action line in its period. */
    public record Located(Period period, ActionLine line) {
    }

    private final Agenda agenda;

    public Lineage(Agenda agenda) {
        this.agenda = agenda;
    }

    /** The period before {@code p} (by start) that has action lines. */
    public Optional<Period> previous(Period p) {
        Period found = null;
        for (Period q : agenda.periods()) {
            if (q.id().equals(p.id())) break;
            if (!q.actionLines().isEmpty()) found = q;
        }
        return Optional.ofNullable(found);
    }

    /** The action line {@code line} of {@code p} continues, if any. */
    public Optional<Located> predecessor(Period p, ActionLine line) {
        if (line.continues().isPresent()) {
            String ref = line.continues().get();
            int slash = ref.indexOf('/');
            Optional<Period> in = slash < 0 ? previous(p)
                    : agenda.periods().stream().filter(q -> q.id().equals(ref.substring(0, slash))).findFirst();
            String id = slash < 0 ? ref : ref.substring(slash + 1);
            return in.flatMap(q -> q.actionLine(id).map(l -> new Located(q, l)));
        }
        return previous(p).flatMap(q -> q.actionLine(line.id()).filter(l -> l.title().equals(line.title()))
                .map(l -> new Located(q, l)));
    }

    /** The action lines of later periods that continue {@code line} of {@code p}. */
    public List<Located> successors(Period p, ActionLine line) {
        List<Located> found = new ArrayList<>();
        for (Period q : agenda.periods()) {
            for (ActionLine l : q.actionLines()) {
                predecessor(q, l).filter(pre -> pre.period().id().equals(p.id()) && pre.line().id().equals(line.id()))
                        .ifPresent(pre -> found.add(new Located(q, l)));
            }
        }
        return found;
    }

    /** The whole chain through {@code line}, oldest first; a branch forward follows the first successor. */
    public List<Located> chain(Period p, ActionLine line) {
        List<Located> back = new ArrayList<>();
        Located at = new Located(p, line);
        for (int guard = 0; guard < 50 && at != null; guard++) {
            back.add(0, at);
            at = predecessor(at.period(), at.line()).orElse(null);
        }
        Located next = new Located(p, line);
        for (int guard = 0; guard < 50; guard++) {
            List<Located> succ = successors(next.period(), next.line());
            if (succ.isEmpty()) break;
            next = succ.get(0);
            back.add(next);
        }
        return back;
    }
}
