package io.chunkwise.io;

import io.chunkwise.array.Region;

/**
 * Where a computed array goes chunk by chunk: a file format writer.
 *
 * <p>The scheduler calls {@link #write} from worker threads, once per region of the grid it was
 * given by {@link #blockShape}-aligned planning, with a C-order primitive buffer of the array's
 * storage type. After every region is written it calls {@link #commit} once (which moves the
 * temporary output into place); on any failure or cancellation it calls {@link #abort}, which must
 * leave the target untouched and remove temporary files.
 */
public interface ChunkSink {
    /** The block shape the sink wants regions aligned to (e.g. TIFF tiles), or null for any. */
    default int[] blockShape() {
        return null;
    }

    void write(Region region, Object buffer);

    void commit();

    void abort();
}
