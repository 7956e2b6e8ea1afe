package nl.policybake.load;

/** A file of the site: its path relative to the site root with {@code /} separators, and its bytes. */
public record SourceFile(String path, byte[] bytes) {

    /** The file name without folders. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
