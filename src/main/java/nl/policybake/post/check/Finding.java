package nl.policybake.post.check;

import java.util.List;

/**
 * One problem on one page, before it is placed: the message key, the arguments after the page's path (which is
 * always {@code {0}}), and the texts to look for to find its line: {@code needles} in the page's source, then
 * {@code templateNeedles} in the theme's templates. A needle starting with {@code |} matches only a line of a
 * Markdown table.
 */
record Finding(String key, List<Object> args, List<String> needles, List<String> templateNeedles) {

    static Finding of(String key, Object... args) {
        return new Finding(key, List.of(args), List.of(), List.of());
    }

    Finding in(String... sourceNeedles) {
        return new Finding(key, args, List.of(sourceNeedles), templateNeedles);
    }

    Finding inTemplate(String... needles) {
        return new Finding(key, args, this.needles, List.of(needles));
    }
}
