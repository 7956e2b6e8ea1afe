package nl.policybake.render.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * The theme's Pebble engine, built once: autoescaping on, strict variables, templates from memory, and one
 * function {@code t(key, args...)} for UI strings. A template error becomes a diagnostic at the template's file and
 * line. Thread-safe.
 */
public final class Templates {

    private final PebbleEngine engine;
    private final String root;
    private final Diagnostics diags;

    public Templates(Theme theme, Locale locale, Diagnostics diags) {
        this.root = theme.root();
        this.diags = diags;
        this.engine = new PebbleEngine.Builder()
                .loader(new MapLoader(theme.templates()))
                .strictVariables(true)
                .autoEscaping(true)
                .defaultLocale(locale)
                .extension(new StringsExtension(theme.strings()))
                .build();
    }

    /** Evaluates {@code template} over {@code context}; empty after reporting a template error. */
    public Optional<String> render(String template, Map<String, Object> context) {
        TextWriter out = new TextWriter();
        return evaluate(template, context, out) ? Optional.of(out.toString()) : Optional.empty();
    }

    /** {@link #render}, as the UTF-8 bytes a page is written in. */
    public Optional<byte[]> renderUtf8(String template, Map<String, Object> context) {
        Utf8Writer out = new Utf8Writer();
        return evaluate(template, context, out) ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    private boolean evaluate(String template, Map<String, Object> context, Writer out) {
        try {
            engine.getTemplate(template).evaluate(out, context);
            return true;
        } catch (PebbleException e) {
            Integer line = e.getLineNumber();
            String file = e.getFileName() != null ? e.getFileName() : template;
            diags.error(SourcePos.of(root + "/templates/" + file, line == null ? 0 : line), "theme.template",
                    e.getPebbleMessage());
        } catch (UiStrings.MissingStringException e) {
            diags.error(SourcePos.file(root + "/templates/" + template), "theme.missingString", e.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    /** Registers {@code t}. */
    private static final class StringsExtension extends AbstractExtension {
        private final UiStrings strings;

        StringsExtension(UiStrings strings) {
            this.strings = strings;
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("t", new TranslateFunction(strings));
        }
    }

    /** {@code t('key')} or {@code t('key', arg0, arg1)}: a UI string in the site's language. */
    private static final class TranslateFunction implements Function {
        private final UiStrings strings;

        TranslateFunction(UiStrings strings) {
            this.strings = strings;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of("key", "arg0", "arg1", "arg2");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String key = String.valueOf(args.get("key"));
            Object[] rest = java.util.stream.Stream.of(args.get("arg0"), args.get("arg1"), args.get("arg2"))
                    .takeWhile(a -> a != null).toArray();
            if (strings.find(key).isEmpty()) {
                throw new PebbleException(null, "UI string '" + key + "' is not in the theme's i18n file", line,
                        self.getName());
            }
            return strings.text(key, rest);
        }
    }
}
