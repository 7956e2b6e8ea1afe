package nl.policybake.render.view;

/** The theme's interface texts as view builders use them: {@code {0}}, {@code {1}}, ... filled in as plain text. */
@FunctionalInterface
public interface Texts {

    String text(String key, Object... args);
}
