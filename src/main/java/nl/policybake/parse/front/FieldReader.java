package nl.policybake.parse.front;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.policybake.config.Suggestions;
import nl.policybake.diag.Diagnostics;
import nl.policybake.diag.SourcePos;

/**
 * Reads typed values out of one file's front matter against the keys its kind of file allows. Every problem is
 * reported with the line of the key; the getters then return a neutral value so parsing can go on and find the
 * file's other problems in the same run.
 */
final class FieldReader {

    private final String path;
    private final FrontMatter fm;
    private final Diagnostics diags;

    FieldReader(String path, FrontMatter fm, Diagnostics diags) {
        this.path = path;
        this.fm = fm;
        this.diags = diags;
    }

    /** Reports every key that is not in {@code allowed}, with the nearest allowed one as a suggestion. */
    void allowOnly(Set<String> allowed) {
        for (FrontMatter.Field f : fm.fields().values()) {
            if (allowed.contains(f.key())) continue;
            Optional<String> near = Suggestions.closest(f.key(), allowed.toArray(String[]::new));
            if (near.isPresent()) {
                diags.error(pos(f), "fm.unknownKey.suggest", f.key(), near.get());
            } else {
                diags.error(pos(f), "fm.unknownKey", f.key(), String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    String required(String key) {
        Optional<FrontMatter.Field> f = fm.field(key);
        if (f.isEmpty() || f.get().value().isEmpty()) {
            diags.error(SourcePos.of(path, f.map(FrontMatter.Field::line).orElse(1)), "fm.missingKey", key);
            return "";
        }
        return scalar(f.get());
    }

    String text(String key) {
        return fm.field(key).map(this::scalar).orElse("");
    }

    /** A list; a plain value is split on commas, so {@code tags: a, b} and {@code tags: [a, b]} are the same. */
    List<String> list(String key) {
        Optional<FrontMatter.Field> f = fm.field(key);
        if (f.isEmpty()) return List.of();
        if (f.get().isList()) return f.get().values();
        return Arrays.stream(f.get().value().split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    Optional<LocalDate> date(String key) {
        Optional<FrontMatter.Field> f = fm.field(key);
        if (f.isEmpty() || f.get().value().isEmpty()) return Optional.empty();
        String v = scalar(f.get());
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            diags.error(pos(f.get()), "fm.badDate", key, v);
            return Optional.empty();
        }
    }

    LocalDate requiredDate(String key) {
        if (fm.field(key).isEmpty() || fm.field(key).get().value().isEmpty()) {
            required(key);
            return LocalDate.EPOCH;
        }
        return date(key).orElse(LocalDate.EPOCH);
    }

    /** The value when it is one of {@code allowed}; otherwise reports it and returns {@code allowed[0]}. */
    String oneOf(String key, String fallback, String... allowed) {
        Optional<FrontMatter.Field> f = fm.field(key);
        if (f.isEmpty()) return fallback;
        String v = scalar(f.get());
        if (Arrays.asList(allowed).contains(v)) return v;
        diags.error(pos(f.get()), "fm.notOneOf", key, v, String.join(", ", allowed));
        return fallback;
    }

    int integer(String key, int fallback) {
        Optional<FrontMatter.Field> f = fm.field(key);
        if (f.isEmpty()) return fallback;
        String v = scalar(f.get());
        if (v.matches("-?[0-9]{1,6}")) return Integer.parseInt(v);
        diags.error(pos(f.get()), "fm.badNumber", key, v);
        return fallback;
    }

    SourcePos pos(String key) {
        return fm.field(key).map(this::pos).orElse(SourcePos.of(path, 1));
    }

    private String scalar(FrontMatter.Field f) {
        if (f.isList()) {
            diags.error(pos(f), "fm.listNotAllowed", f.key());
            return f.value();
        }
        return f.value();
    }

    private SourcePos pos(FrontMatter.Field f) {
        return SourcePos.of(path, f.line());
    }
}
