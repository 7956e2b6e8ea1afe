package nl.policybake.load;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What a file looked like on disk, without its bytes: its path (relative to the site root with {@code /} separators,
 * or absolute for files outside the site), its size in bytes and its modification time in nanoseconds since the
 * epoch, as precise as the file system keeps it.
 */
public record FileStamp(String path, long size, long modified) {

    /** The stamp of {@code path} from attributes read from the disk. */
    public static FileStamp of(String path, BasicFileAttributes attributes) {
        return new FileStamp(path, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
