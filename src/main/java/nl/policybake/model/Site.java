package nl.policybake.model;

import java.util.List;
import java.util.Optional;

/** Everything the content holds, sorted: pages by slug, agendas by title. */
public record Site(List<Page> pages, List<Agenda> agendas, List<Asset> assets) {

    public Optional<Page> home() {
        return pages.stream().filter(Page::isHome).findFirst();
    }
}
