package nl.policybake.render.view;

import java.util.ArrayList;
import java.util.List;

import nl.policybake.model.TocEntry;

/** A level-2 heading in a table of contents, with the level-3 headings under it. Deeper levels are left out. */
public record TocItem(String id, String text, List<TocItem> children) {

    /** Nests the flat list of headings: each level 3 goes under the level 2 before it. */
    public static List<TocItem> nest(List<TocEntry> entries) {
        List<TocItem> top = new ArrayList<>();
        List<TocItem> children = null;
        for (TocEntry e : entries) {
            if (e.level() == 2 || children == null && e.level() == 3) {
                children = new ArrayList<>();
                top.add(new TocItem(e.id(), e.text(), children));
            } else if (e.level() == 3) {
                children.add(new TocItem(e.id(), e.text(), List.of()));
            }
        }
        return top.stream().map(t -> new TocItem(t.id(), t.text(), List.copyOf(t.children()))).toList();
    }
}
