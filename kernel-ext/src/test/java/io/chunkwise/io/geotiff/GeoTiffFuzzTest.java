package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.chunkwise.array.Region;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the fixtures' headers and block bytes: whatever the damage, opening and
 * reading either work or fail with {@link GeoTiffFormatException} / {@link GeoTiffIOException};
 * never an index error, a negative array size, an out-of-memory error or a hang.
 */
class GeoTiffFuzzTest {
    private static final List<String> FILES = List.of("geoid_float64_small_deflate_pred3.tif",
            "ndvi_float32_nan_nodata_tiled_ragged.tif", "lst_int16_1band_packbits.tif",
            "int32_tiled_ragged_lzw_pred2.tif", "rgbn_uint8_4band_band_interleaved.tif",
            "bigtiff_uint16_strips_deflate_pred2.tif", "s2_reflectance_uint16_3band_tiled256_lzw.tif");
    private static final int CASES_PER_FILE = Integer.getInteger("geotiff.fuzz.cases", 500);

    @TempDir
    Path tmp;

    @Test
    void mutatedFilesFailOnlyWithDeclaredExceptions() {
        assertTimeoutPreemptively(Duration.ofSeconds(60L * Math.max(1, CASES_PER_FILE / 500)), () -> {
            int failures = 0;
            int cases = 0;
            for (String name : FILES) {
                Path copy = tmp.resolve(name);
                Files.copy(Fixtures.file(name), copy);
                byte[] original = Files.readAllBytes(copy);
                long dataStart;
                long[][] blocks;
                try (GeoTiff t = GeoTiff.open(copy)) {
                    TiffLayout l = t.pixels().layout();
                    dataStart = Arrays.stream(l.offsets()).min().orElseThrow();
                    blocks = new long[][] {l.offsets(), l.byteCounts()};
                }
                Random rnd = new Random(name.hashCode());
                try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                    for (int c = 0; c < CASES_PER_FILE; c++, cases++) {
                        boolean header = rnd.nextInt(3) != 0;
                        int block = rnd.nextInt(blocks[0].length);
                        long from = header ? 0 : blocks[0][block];
                        long len = header ? dataStart : blocks[1][block];
                        int[] at = new int[1 + rnd.nextInt(4)];
                        for (int k = 0; k < at.length; k++) {
                            at[k] = (int) (from + (long) (rnd.nextDouble() * len));
                            poke(ch, at[k], mutate(original[at[k]], rnd));
                        }
                        failures += tryRead(copy, header ? -1 : block, name + " case " + c + " at " + Arrays.toString(at));
                        for (int k : at) {
                            poke(ch, k, original[k]);
                        }
                    }
                }
            }
            assertTrue(failures > cases / 20, "the mutations do break files: " + failures + " of " + cases + " failed cleanly");
        });
    }

    private static byte mutate(byte b, Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> (byte) (b ^ (1 << rnd.nextInt(8)));
            case 1 -> (byte) 0xFF;
            case 2 -> 0;
            default -> (byte) rnd.nextInt(256);
        };
    }

    /** Opens and reads a small window (the mutated block, or the first block); returns 1 on a declared error. */
    private static int tryRead(Path p, int block, String what) {
        try (GeoTiff t = GeoTiff.open(p, 4 << 20)) {
            TiffLayout l = t.pixels().layout();
            int perPlane = l.blocksAcross() * l.blocksDown();
            int b = Math.max(0, block) % perPlane;
            long r0 = (long) (b / l.blocksAcross()) * l.blockHeight();
            long c0 = (long) (b % l.blocksAcross()) * l.blockWidth();
            int h = (int) Math.min(Math.min(l.blockHeight(), 256), t.height() - r0);
            int w = (int) Math.min(Math.min(l.blockWidth(), 1024), t.width() - c0);
            int band = block < 0 ? 1 : Math.min(t.bandCount(), block / perPlane + 1);
            t.source(band).read(new Region(new long[] {r0, c0}, new int[] {h, w}));
            t.crsWkt();
            return 0;
        } catch (GeoTiffFormatException | GeoTiffIOException expected) {
            assertTrue(expected.getMessage().contains(p.getFileName().toString()), "names the file: " + expected.getMessage());
            return 1;
        } catch (Throwable e) {
            fail(what + ": undeclared " + e, e);
            return 0;
        }
    }

    private static void poke(FileChannel ch, long pos, byte v) throws IOException {
        ch.write(ByteBuffer.wrap(new byte[] {v}), pos);
    }
}
