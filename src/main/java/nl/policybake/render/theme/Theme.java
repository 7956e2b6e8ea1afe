package nl.policybake.render.theme;

import java.util.List;
import java.util.Map;

import nl.policybake.model.Asset;

/**
 * A loaded theme: its Pebble templates by name ({@code document.peb}), its UI strings in the site's language and
 * its static files, which go to {@code /assets/}.
 *
 * @param root the theme folder relative to the site root, for diagnostics, e.g. {@code themes/default}
 */
public record Theme(String root, Map<String, String> templates, UiStrings strings, List<Asset> assets) {
}
