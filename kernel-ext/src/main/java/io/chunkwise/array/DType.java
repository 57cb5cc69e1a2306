package io.chunkwise.array;

import java.util.Locale;

/**
 * The element types of a chunked array, with NumPy 2 promotion rules.
 *
 * <p>Unsigned types are stored in the signed Java primitive of the same width ({@code UINT16} in a
 * {@code short}) and widened with masks when read. {@code BOOL} is stored as one byte (0 or 1).
 * Each type computes either on the integer path ({@code long} registers that wrap to the type's
 * width after every operation, as NumPy does) or on the floating path ({@code double} registers,
 * rounded to {@code float} after every operation for {@code FLOAT32}).
 */
public enum DType {
    BOOL(1, Kind.BOOL, "bool"),
    INT8(1, Kind.SIGNED, "int8"),
    UINT8(1, Kind.UNSIGNED, "uint8"),
    INT16(2, Kind.SIGNED, "int16"),
    UINT16(2, Kind.UNSIGNED, "uint16"),
    INT32(4, Kind.SIGNED, "int32"),
    UINT32(4, Kind.UNSIGNED, "uint32"),
    INT64(8, Kind.SIGNED, "int64"),
    UINT64(8, Kind.UNSIGNED, "uint64"),
    FLOAT32(4, Kind.FLOAT, "float32"),
    FLOAT64(8, Kind.FLOAT, "float64");

    /** The family a type belongs to. */
    public enum Kind { BOOL, SIGNED, UNSIGNED, FLOAT }

    private final int itemSize;
    private final Kind kind;
    private final String numpyName;

    DType(int itemSize, Kind kind, String numpyName) {
        this.itemSize = itemSize;
        this.kind = kind;
        this.numpyName = numpyName;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    public Kind kind() {
        return kind;
    }

    /** The name NumPy uses for this type, e.g. {@code "uint16"}. */
    public String numpyName() {
        return numpyName;
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT;
    }

    /** True for BOOL and every integer type: values live in {@code long} registers. */
    public boolean isIntegral() {
        return kind != Kind.FLOAT;
    }

    public boolean isBool() {
        return kind == Kind.BOOL;
    }

    public boolean isUnsigned() {
        return kind == Kind.UNSIGNED;
    }

    /** Smallest value the type holds, as a double. */
    public double minValue() {
        return switch (this) {
            case BOOL, UINT8, UINT16, UINT32, UINT64 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            case FLOAT32 -> -Float.MAX_VALUE;
            case FLOAT64 -> -Double.MAX_VALUE;
        };
    }

    /** Largest value the type holds, as a double. */
    public double maxValue() {
        return switch (this) {
            case BOOL -> 1;
            case INT8 -> Byte.MAX_VALUE;
            case UINT8 -> 255;
            case INT16 -> Short.MAX_VALUE;
            case UINT16 -> 65535;
            case INT32 -> Integer.MAX_VALUE;
            case UINT32 -> 4294967295.0;
            case INT64 -> Long.MAX_VALUE;
            case UINT64 -> 18446744073709551615.0;
            case FLOAT32 -> Float.MAX_VALUE;
            case FLOAT64 -> Double.MAX_VALUE;
        };
    }

    /** Bits of an integer type (BOOL counts as 1). */
    int bits() {
        return kind == Kind.BOOL ? 1 : itemSize * 8;
    }

    /**
     * Wraps a long to this integer type the way NumPy's C casts do (two's complement truncation,
     * zero-extension for unsigned types); BOOL becomes 0 or 1.
     */
    public long wrap(long v) {
        return switch (this) {
            case BOOL -> v != 0 ? 1 : 0;
            case INT8 -> (byte) v;
            case UINT8 -> v & 0xFFL;
            case INT16 -> (short) v;
            case UINT16 -> v & 0xFFFFL;
            case INT32 -> (int) v;
            case UINT32 -> v & 0xFFFF_FFFFL;
            case INT64, UINT64 -> v;
            default -> throw new IllegalStateException(this + " is not an integer type");
        };
    }

    /** The type NumPy 2 gives to a binary operation between two arrays of these types. */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.kind == Kind.BOOL) {
            return b;
        }
        if (b.kind == Kind.BOOL) {
            return a;
        }
        if (a.isFloat() || b.isFloat()) {
            if (a.isFloat() && b.isFloat()) {
                return a.itemSize >= b.itemSize ? a : b;
            }
            DType f = a.isFloat() ? a : b;
            DType i = a.isFloat() ? b : a;
            // float32 holds int8/uint8/int16/uint16 exactly; wider integers need float64
            return f == FLOAT32 && i.itemSize <= 2 ? FLOAT32 : FLOAT64;
        }
        if (a.kind == b.kind) {
            return a.itemSize >= b.itemSize ? a : b;
        }
        DType s = a.kind == Kind.SIGNED ? a : b;
        DType u = a.kind == Kind.SIGNED ? b : a;
        if (s.itemSize > u.itemSize) {
            return s;
        }
        return switch (u.itemSize) {
            case 1 -> INT16;
            case 2 -> INT32;
            case 4 -> INT64;
            default -> FLOAT64; // uint64 with a signed type: NumPy gives float64
        };
    }

    /**
     * The type of an operation between an array of type {@code a} and a Java scalar, which is
     * "weak" as in NEP 50: a {@code long} scalar keeps the array's type (BOOL becomes INT64); a
     * {@code double} scalar keeps float arrays as they are and turns the others into FLOAT64.
     */
    public static DType promoteWithScalar(DType a, boolean floatScalar) {
        if (a.isFloat()) {
            return a;
        }
        if (floatScalar) {
            return FLOAT64;
        }
        return a == BOOL ? INT64 : a;
    }

    /** The smallest float type that holds this type's values (FLOAT32 for up to 16-bit integers). */
    public DType toFloat() {
        if (isFloat()) {
            return this;
        }
        return itemSize <= 2 ? FLOAT32 : FLOAT64;
    }

    /** Parses a NumPy-style name ("uint16", "float32", "bool"), case-insensitively. */
    public static DType parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (DType d : values()) {
            if (d.numpyName.equals(n) || d.name().equalsIgnoreCase(n)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dtype '" + name + "'; expected one of bool, int8, uint8, "
                + "int16, uint16, int32, uint32, int64, uint64, float32, float64");
    }

    @Override
    public String toString() {
        return numpyName;
    }
}
