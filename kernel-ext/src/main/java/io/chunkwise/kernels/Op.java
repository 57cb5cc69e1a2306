package io.chunkwise.kernels;

/**
 * The elementwise operations a fused chunk program can run. Each works on register tiles of either
 * {@code double} (float types) or {@code long} (integer and BOOL types) values; see {@link Loops}.
 */
public enum Op {
    ADD(2), SUB(2), MUL(2), DIV(2), POW(2), MOD(2), MAXIMUM(2), MINIMUM(2),
    GT(2), GE(2), LT(2), LE(2), EQ(2), NE(2), AND(2), OR(2),
    NEG(1), ABS(1), SQRT(1), EXP(1), LOG(1), LOG10(1), SIN(1), COS(1), FLOOR(1), CEIL(1),
    NOT(1), ISNAN(1), ASTYPE(1), CLIP(1),
    WHERE(3);

    private final int arity;

    Op(int arity) {
        this.arity = arity;
    }

    /** Number of array operands (a scalar may stand in for the second operand of a binary op). */
    public int arity() {
        return arity;
    }

    /** The method-style name used in summaries and errors, e.g. {@code "mul"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isComparison() {
        return this == GT || this == GE || this == LT || this == LE || this == EQ || this == NE;
    }
}
