package io.chunkwise.io.zarr;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moves a finished directory store into place, replacing an existing store without leaving a half one. */
final class StoreRename {
    private StoreRename() {
    }

    /**
     * Renames {@code finished} to {@code target}. An existing {@code target} is first renamed aside,
     * then deleted once the new store is in place; if the second rename fails the old store is put
     * back. Both directories must be on one file system (the temporary store is made beside the target).
     */
    static void moveIntoPlace(Path finished, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(finished, target);
            return;
        }
        Path aside = Files.createTempDirectory(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".old-");
        Files.delete(aside); // reserve a unique name, then let the rename create it
        move(target, aside);
        try {
            move(finished, target);
        } catch (IOException e) {
            move(aside, target);
            throw e;
        }
        Trees.delete(aside);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
