package nl.policybake.render.actions;

import java.util.List;

import nl.policybake.render.view.NavLink;

/** Which partners work on which action lines, alphabetical. */
public record PartnersView(List<Partner> partners) {

    /** One partner and the action lines that name it. */
    public record Partner(String name, List<NavLink> lines) {
    }
}
