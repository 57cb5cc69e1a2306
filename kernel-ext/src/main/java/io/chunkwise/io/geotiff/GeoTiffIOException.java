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
        super(file + ": " + problem + detail(file, cause), cause);
        this.file = file;
    }

    private static String detail(Path file, IOException cause) {
        String m = cause.getMessage();
        return m == null || m.equals(file.toString()) ? "" : " (" + m + ")";
    }

    /** The file the failed operation was on. */
    public Path file() {
        return file;
    }
}
