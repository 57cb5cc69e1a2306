package io.chunkwise.io.geotiff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reading or writing a GeoTIFF failed at the file-system level: a missing file, a directory, no
 * permission, a disk error. The message names the file and the operation.
 */
public class GeoTiffIOException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public GeoTiffIOException(Path file, String problem, IOException cause) {
        super(file + ": " + problem + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.file = file;
    }

    /** The file the failed operation was on. */
    public Path file() {
        return file;
    }
}
