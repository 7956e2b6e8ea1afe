package nl.policybake.render.theme;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;

/** Serves the theme's templates from memory, so Pebble never reads a path outside the theme. */
final class MapLoader implements Loader<String> {

    private final Map<String, String> templates;

    MapLoader(Map<String, String> templates) {
        this.templates = templates;
    }

    @Override
    public Reader getReader(String name) {
        String text = templates.get(name);
        if (text == null) throw new LoaderException(null, "template '" + name + "' does not exist in the theme");
        return new StringReader(text);
    }

    @Override
    public void setCharset(String charset) {
        // templates are already decoded as UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // names are relative to the theme's templates folder
    }

    @Override
    public void setSuffix(String suffix) {
        // names carry their .peb suffix
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return templates.containsKey(templateName);
    }
}
