package nl.policybake.model;

/** A file copied as it is into the output: a theme asset or a download next to the content. */
public record Asset(String outputPath, String source, byte[] bytes) {
}
