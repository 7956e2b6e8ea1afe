package nl.policybake.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A document of a policy period: a policy plan, implementation plan, evaluation, ...
 *
 * @param slug the last part of its URL, unique within its period
 * @param source the source path relative to the site root, for diagnostics
 * @param draft true for status {@code concept}; drafts are only built with {@code --drafts}
 */
public record Document(String slug, String source, String title, String type, Optional<LocalDate> date,
                       boolean draft, String summary, List<String> tags, int order, Body body) {
}
