package nl.policybake.render.view;

import java.util.List;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/** A plain page such as the accessibility statement. */
public record PlainView(SafeString body, List<TocItem> toc) {
}
