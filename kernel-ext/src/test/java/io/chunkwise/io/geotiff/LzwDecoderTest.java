package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LZW decoder on its own: it inverts {@link LzwEncoder} on data that exercises every code path
 * (one-byte strings, long runs and the KwKwK case, table resets), writes only the bytes asked for,
 * and answers damaged streams with a short count or {@link CorruptBlockException}, never an index
 * error. (GDAL-made LZW files are checked in {@link GdalVariantsTest} and {@link GeoTiffManifestTest}.)
 */
class LzwDecoderTest {
    private static final int BASE = LzwDecoder.WINDOW;

    static Stream<Arguments> inputs() {
        Random rnd = new Random(11);
        byte[] noise = new byte[200_000];
        rnd.nextBytes(noise);
        byte[] narrow = new byte[300_000]; // few distinct values: long strings, many table resets
        for (int i = 0; i < narrow.length; i++) {
            narrow[i] = (byte) (rnd.nextInt(4) * 3);
        }
        byte[] ramp = new byte[70_000];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) (i / 7);
        }
        return Stream.of(Arguments.of("empty", new byte[0]), Arguments.of("one byte", new byte[] {42}),
                Arguments.of("zeros (KwKwK strings up to the table's longest)", new byte[100_000]),
                Arguments.of("noise", noise), Arguments.of("four values", narrow), Arguments.of("ramp", ramp),
                Arguments.of("17 bytes", Arrays.copyOf(noise, 17)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void decodesWhatTheEncoderWrote(String what, byte[] data) {
        LzwEncoder enc = new LzwEncoder();
        byte[] code = enc.encode(data, data.length).clone();
        int codeLen = enc.length();
        LzwDecoder dec = new LzwDecoder();
        byte[] out = new byte[BASE + data.length + 5];
        Arrays.fill(out, (byte) 99);
        assertEquals(data.length, dec.decode(code, codeLen, out, BASE, data.length), what + ": bytes decoded");
        assertArrayEquals(data, Arrays.copyOfRange(out, BASE, BASE + data.length), what + ": decoded bytes");
        assertArrayEquals(new byte[] {99, 99, 99, 99, 99}, Arrays.copyOfRange(out, BASE + data.length, out.length),
                what + ": bytes after the output are untouched");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void stopsExactlyAtTheRequestedLength(String what, byte[] data) {
        LzwEncoder enc = new LzwEncoder();
        byte[] code = enc.encode(data, data.length).clone();
        int want = data.length / 3;
        byte[] out = new byte[BASE + want];
        assertEquals(want, new LzwDecoder().decode(code, enc.length(), out, BASE, want), what + ": bytes decoded");
        assertArrayEquals(Arrays.copyOf(data, want), Arrays.copyOfRange(out, BASE, BASE + want), what);
    }

    @Test
    void reusedDecoderGivesTheSameBytes() {
        LzwDecoder dec = new LzwDecoder();
        LzwEncoder enc = new LzwEncoder();
        inputs().forEach(a -> {
            byte[] data = (byte[]) a.get()[1];
            byte[] code = enc.encode(data, data.length).clone();
            byte[] out = new byte[BASE + 8 + data.length];
            assertEquals(data.length, dec.decode(code, enc.length(), out, BASE + 8, data.length), (String) a.get()[0]);
            assertArrayEquals(data, Arrays.copyOfRange(out, BASE + 8, BASE + 8 + data.length), (String) a.get()[0]);
        });
    }

    @Test
    void returnsAShortCountWhenTheDataEndsEarly() {
        byte[] data = new byte[5000];
        new Random(3).nextBytes(data);
        LzwEncoder enc = new LzwEncoder();
        byte[] code = enc.encode(data, data.length);
        int got = new LzwDecoder().decode(code, enc.length() / 2, new byte[BASE + data.length], BASE, data.length);
        assertTrue(got > 0 && got < data.length, "half the codes give part of the data, got " + got);
    }

    @Test
    void rejectsACodeThatIsNotInTheTable() {
        // 9-bit codes: Clear (256), 'A' (65), then 300 while the next free code is 258 (the first string after
        // Clear adds no entry)
        byte[] stream = pack(256, 65, 300);
        CorruptBlockException e = assertThrows(CorruptBlockException.class,
                () -> new LzwDecoder().decode(stream, stream.length, new byte[BASE + 100], BASE, 100));
        assertTrue(e.getMessage().contains("LZW code 300") && e.getMessage().contains("next free code 258"),
                e.getMessage());
    }

    @Test
    void rejectsATableCodeRightAfterClear() {
        byte[] stream = pack(256, 258);
        CorruptBlockException e = assertThrows(CorruptBlockException.class,
                () -> new LzwDecoder().decode(stream, stream.length, new byte[BASE + 100], BASE, 100));
        assertTrue(e.getMessage().contains("LZW code 258"), e.getMessage());
    }

    @Test
    void rejectsAnOutputWithoutRoomForTheWindow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LzwDecoder().decode(new byte[4], 4, new byte[100], 10, 50));
        assertTrue(e.getMessage().contains("256 bytes before it"), e.getMessage());
    }

    @Test
    void randomStreamsGiveACountOrCorruptBlockException() {
        Random rnd = new Random(5);
        LzwDecoder dec = new LzwDecoder();
        LzwEncoder enc = new LzwEncoder();
        byte[] data = new byte[20_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) rnd.nextInt(6);
        }
        byte[] valid = enc.encode(data, data.length).clone();
        int validLen = enc.length();
        for (int trial = 0; trial < 3000; trial++) {
            byte[] stream;
            if (trial % 2 == 0) {
                stream = new byte[1 + rnd.nextInt(3000)];
                rnd.nextBytes(stream);
                stream[0] = (byte) 0x80; // a Clear code first, as real streams start
            } else {
                stream = Arrays.copyOf(valid, validLen);
                for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
                    stream[rnd.nextInt(validLen)] ^= (byte) (1 << rnd.nextInt(8));
                }
            }
            int want = rnd.nextInt(data.length + 100);
            byte[] out = new byte[BASE + want];
            try {
                int got = dec.decode(stream, stream.length, out, BASE, want);
                assertTrue(got >= 0 && got <= want, "trial " + trial + " decoded " + got + " of " + want);
            } catch (CorruptBlockException expected) {
                // damaged data may well hold a code outside the table
            }
        }
    }

    /** MSB-first 9-bit codes. */
    private static byte[] pack(int... codes) {
        byte[] out = new byte[(codes.length * 9 + 7) / 8 + 1];
        long bit = 0;
        for (int c : codes) {
            for (int i = 8; i >= 0; i--, bit++) {
                if ((c >> i & 1) != 0) {
                    out[(int) (bit >> 3)] |= (byte) (0x80 >> (bit & 7));
                }
            }
        }
        return out;
    }
}
