package nl.policybake.model;

/** One heading of a document: level 2 to 4, its id on the page and its plain text. */
public record TocEntry(int level, String id, String text) {
}
