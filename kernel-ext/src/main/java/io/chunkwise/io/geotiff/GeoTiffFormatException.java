package io.chunkwise.io.geotiff;

import java.nio.file.Path;

/**
 * A file is not a GeoTIFF this reader can decode: bad magic bytes, a corrupt or truncated
 * directory or block, absurd sizes in the header, or a feature outside what is supported.
 *
 * <p>The message names the file, says what was found and what was expected, and how to fix it.
 */
public class GeoTiffFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public GeoTiffFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public GeoTiffFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
