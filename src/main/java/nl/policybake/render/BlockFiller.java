package nl.policybake.render;

import java.util.Map;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import nl.policybake.model.ActionTableBlock;
import nl.policybake.model.Agenda;
import nl.policybake.model.Block;
import nl.policybake.model.Body;
import nl.policybake.model.Period;
import nl.policybake.render.actions.ActionViews;

/** Puts the rendered tables of a body's blocks where their markers are, and hands the HTML on as trusted. */
final class BlockFiller {

    private final Templates templates;
    private final ActionViews actions;

    BlockFiller(Templates templates, ActionViews actions) {
        this.templates = templates;
        this.actions = actions;
    }

    /** The body's HTML with every block filled in; {@code agenda} and {@code period} may be null outside a period. */
    SafeString html(Body body, Agenda agenda, Period period) {
        String html = body.html();
        for (int i = 0; i < body.blocks().size(); i++) {
            Block b = body.blocks().get(i);
            String filled = "";
            if (b instanceof ActionTableBlock block && period != null) {
                filled = templates.render("action-table.peb", Map.of("table", actions.table(agenda, period, block)))
                        .orElse("");
            }
            html = html.replace(Block.marker(i), filled);
        }
        return new SafeString(html);
    }
}
