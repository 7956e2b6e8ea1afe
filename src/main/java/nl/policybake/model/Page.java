package nl.policybake.model;

/**
 * A plain page outside the agendas: the home page ({@code content/index.md}, slug empty) or a page such as
 * {@code content/toegankelijkheid.md}.
 */
public record Page(String slug, String source, String title, String summary, boolean draft, Body body) {

    public boolean isHome() {
        return slug.isEmpty();
    }
}
