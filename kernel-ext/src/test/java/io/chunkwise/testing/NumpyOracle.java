package io.chunkwise.testing;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A live NumPy oracle: writes named arrays as raw little-endian files, runs Debian's
 * {@code /usr/bin/python3} with numpy on a list of expressions, and reads the results back. Tests
 * that use it are skipped (with the reason) only where numpy is not installed.
 */
public final class NumpyOracle {
    private static final String PYTHON = "/usr/bin/python3";
    private static Boolean available;

    private NumpyOracle() {
    }

    public static void assumeAvailable() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder(PYTHON, "-c", "import numpy").redirectErrorStream(true).start();
                available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        Assumptions.assumeTrue(available, "numpy oracle unavailable: install python3-numpy for " + PYTHON);
    }

    /**
     * Evaluates each expression (Python, with {@code np} and the named inputs in scope) and returns
     * the results as dense arrays with NumPy's dtypes.
     */
    public static List<DenseArray> eval(Map<String, DenseArray> inputs, List<String> expressions) {
        assumeAvailable();
        try {
            Path dir = Files.createTempDirectory("np-oracle");
            StringBuilder py = new StringBuilder("import numpy as np, sys, warnings\nwarnings.simplefilter('ignore')\n");
            py.append("np.seterr(all='ignore')\n");
            for (Map.Entry<String, DenseArray> e : inputs.entrySet()) {
                DenseArray a = e.getValue();
                Path f = dir.resolve(e.getKey() + ".raw");
                Files.write(f, toBytes(a));
                py.append(e.getKey()).append(" = np.fromfile(r'").append(f).append("', dtype='<")
                        .append(code(a.dtype())).append("').reshape(").append(shapeTuple(a.shape())).append(")\n");
                if (a.dtype() == DType.BOOL) {
                    py.append(e.getKey()).append(" = ").append(e.getKey()).append(".astype(bool)\n");
                }
            }
            for (int i = 0; i < expressions.size(); i++) {
                py.append("_res = np.asarray(").append(expressions.get(i)).append(")\n");
                py.append("open(r'").append(dir.resolve("out" + i + ".meta")).append("','w').write(")
                        .append("_res.dtype.name + ' ' + ','.join(str(s) for s in _res.shape))\n");
                py.append("_res.astype(_res.dtype.newbyteorder('<')).tofile(r'").append(dir.resolve("out" + i + ".raw")).append("')\n");
            }
            Path script = dir.resolve("oracle.py");
            Files.writeString(script, py.toString());
            Process p = new ProcessBuilder(PYTHON, script.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("numpy oracle failed: " + out + "\nscript:\n" + py);
            }
            List<DenseArray> results = new ArrayList<>();
            for (int i = 0; i < expressions.size(); i++) {
                String[] meta = Files.readString(dir.resolve("out" + i + ".meta")).split(" ", -1);
                DType t = DType.parse(meta[0]);
                long[] shape = meta[1].isEmpty() ? new long[0]
                        : java.util.Arrays.stream(meta[1].split(",")).mapToLong(Long::parseLong).toArray();
                results.add(fromBytes(Files.readAllBytes(dir.resolve("out" + i + ".raw")), t, shape));
            }
            return results;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DenseArray eval1(Map<String, DenseArray> inputs, String expression) {
        return eval(inputs, List.of(expression)).get(0);
    }

    public static Map<String, DenseArray> inputs(Object... nameThenArray) {
        Map<String, DenseArray> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenArray.length; i += 2) {
            m.put((String) nameThenArray[i], (DenseArray) nameThenArray[i + 1]);
        }
        return m;
    }

    static String code(DType t) {
        return switch (t) {
            case BOOL -> "u1";
            case INT8 -> "i1";
            case UINT8 -> "u1";
            case INT16 -> "i2";
            case UINT16 -> "u2";
            case INT32 -> "i4";
            case UINT32 -> "u4";
            case INT64 -> "i8";
            case UINT64 -> "u8";
            case FLOAT32 -> "f4";
            case FLOAT64 -> "f8";
        };
    }

    private static String shapeTuple(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (long s : shape) {
            sb.append(s).append(',');
        }
        return sb.append(')').toString();
    }

    static byte[] toBytes(DenseArray a) {
        int n = (int) a.size();
        ByteBuffer bb = ByteBuffer.allocate(n * a.dtype().itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        Object d = a.data();
        for (int i = 0; i < n; i++) {
            switch (a.dtype()) {
                case FLOAT64 -> bb.putDouble(((double[]) d)[i]);
                case FLOAT32 -> bb.putFloat(((float[]) d)[i]);
                case INT64, UINT64 -> bb.putLong(((long[]) d)[i]);
                case INT32, UINT32 -> bb.putInt(((int[]) d)[i]);
                case INT16, UINT16 -> bb.putShort(((short[]) d)[i]);
                default -> bb.put(((byte[]) d)[i]);
            }
        }
        return bb.array();
    }

    static DenseArray fromBytes(byte[] bytes, DType t, long[] shape) {
        ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int n = bytes.length / t.itemSize();
        Object buf = Buffers.allocate(t, n);
        for (int i = 0; i < n; i++) {
            switch (t) {
                case FLOAT64 -> ((double[]) buf)[i] = bb.getDouble();
                case FLOAT32 -> ((float[]) buf)[i] = bb.getFloat();
                case INT64, UINT64 -> ((long[]) buf)[i] = bb.getLong();
                case INT32, UINT32 -> ((int[]) buf)[i] = bb.getInt();
                case INT16, UINT16 -> ((short[]) buf)[i] = bb.getShort();
                default -> ((byte[]) buf)[i] = bb.get();
            }
        }
        return DenseArray.of(buf, t, shape);
    }
}
