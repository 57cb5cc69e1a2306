package io.chunkwise.io.npy;

import io.chunkwise.array.DType;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * A NumPy array-protocol type string such as {@code "<f8"} or {@code "|u1"}: an element type and a
 * byte order. Used by {@code .npy} headers ({@code descr}) and Zarr v2 metadata ({@code dtype}).
 */
public record NumpyType(DType dtype, ByteOrder order) {
    /** The type strings this package understands, for error messages. */
    public static final String SUPPORTED = "b1, i1, u1, i2, u2, i4, u4, i8, u8, f4, f8 "
            + "(each with a byte order mark <, > or |)";

    /**
     * Parses a type string ({@code "<f8"}, {@code ">i4"}, {@code "|b1"}); empty when the type is not
     * one of {@link #SUPPORTED} (complex, half floats, strings, datetimes, structured types...).
     * {@code '='} means this machine's byte order; {@code '|'} is accepted only for one-byte types.
     */
    public static Optional<NumpyType> parse(String descr) {
        if (descr == null || descr.length() < 3) {
            return Optional.empty();
        }
        char mark = descr.charAt(0);
        DType dtype = switch (descr.substring(1)) {
            case "b1" -> DType.BOOL;
            case "i1" -> DType.INT8;
            case "u1" -> DType.UINT8;
            case "i2" -> DType.INT16;
            case "u2" -> DType.UINT16;
            case "i4" -> DType.INT32;
            case "u4" -> DType.UINT32;
            case "i8" -> DType.INT64;
            case "u8" -> DType.UINT64;
            case "f4" -> DType.FLOAT32;
            case "f8" -> DType.FLOAT64;
            default -> null;
        };
        if (dtype == null) {
            return Optional.empty();
        }
        ByteOrder order = switch (mark) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '=' -> ByteOrder.nativeOrder();
            case '|' -> dtype.itemSize() == 1 ? ByteOrder.LITTLE_ENDIAN : null;
            default -> null;
        };
        return order == null ? Optional.empty() : Optional.of(new NumpyType(dtype, order));
    }

    /** The little-endian type for {@code dtype}, as NumPy writes it on x86 ({@code "|u1"}, {@code "<f8"}). */
    public static NumpyType littleEndian(DType dtype) {
        return new NumpyType(dtype, ByteOrder.LITTLE_ENDIAN);
    }

    /** The type string, e.g. {@code "<f8"}; one-byte types use {@code '|'} as NumPy does. */
    public String descr() {
        char mark = dtype.itemSize() == 1 ? '|' : order == ByteOrder.BIG_ENDIAN ? '>' : '<';
        String code = switch (dtype) {
            case BOOL -> "b";
            case INT8, INT16, INT32, INT64 -> "i";
            case UINT8, UINT16, UINT32, UINT64 -> "u";
            case FLOAT32, FLOAT64 -> "f";
        };
        return mark + code + dtype.itemSize();
    }

    @Override
    public String toString() {
        return descr();
    }
}
