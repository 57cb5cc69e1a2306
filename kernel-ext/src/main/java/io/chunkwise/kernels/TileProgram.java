package io.chunkwise.kernels;

import io.chunkwise.array.DType;

import java.util.ArrayList;
import java.util.List;

/**
 * A fused elementwise program over register tiles: a straight-line list of instructions that
 * load leaf buffers, convert between types and apply {@link Op}s. Built once per computation and run
 * by a {@link TileExec} per worker thread over tiles of at most {@link #TILE} elements.
 *
 * <p>A register holds doubles when its dtype is a float type and longs otherwise. Every instruction
 * rounds its result to its dtype (FLOAT32 rounding, integer wrap-around), which gives NumPy's
 * results for every chain of operations.
 */
public final class TileProgram {
    /** Elements per tile: small enough for the registers of a chain to stay in the L1/L2 cache. */
    public static final int TILE = 2048;

    static final int LOAD = 0;
    static final int CONVERT = 1;
    static final int APPLY = 2;

    /** One instruction. Operands are register indices (or -1), already in the operand type's path. */
    record Instr(int kind, Op op, int out, int a, int b, int c, double s1, double s2, boolean scalar,
                 DType outType, DType operandType, int leaf) {
    }

    private final List<Instr> instrs = new ArrayList<>();
    private final List<DType> regTypes = new ArrayList<>();
    private final List<DType> leafTypes = new ArrayList<>();

    /** Declares a leaf buffer of the given dtype and returns its leaf number. */
    public int leaf(DType storageType) {
        leafTypes.add(storageType);
        return leafTypes.size() - 1;
    }

    /** Loads a leaf into a new register of the leaf's dtype. */
    public int load(int leaf) {
        DType t = leafTypes.get(leaf);
        int r = newReg(t);
        instrs.add(new Instr(LOAD, null, r, -1, -1, -1, 0, 0, false, t, t, leaf));
        return r;
    }

    /** Converts a register to another dtype with NumPy's {@code astype} rules (no-op when equal). */
    public int convert(int reg, DType to) {
        DType from = regTypes.get(reg);
        if (from == to) {
            return reg;
        }
        int r = newReg(to);
        instrs.add(new Instr(CONVERT, Op.ASTYPE, r, reg, -1, -1, 0, 0, false, to, from, -1));
        return r;
    }

    /**
     * Applies an op. Array operands are converted to {@code operandType} first (for WHERE, the first
     * operand is the condition and is converted to BOOL, the others to {@code operandType}).
     * {@code scalar} marks a binary op whose second operand is {@code s1}; CLIP uses {@code s1, s2}.
     */
    public int apply(Op op, DType outType, DType operandType, int[] operands, double s1, double s2, boolean scalar) {
        int a = -1;
        int b = -1;
        int c = -1;
        if (op == Op.WHERE) {
            a = convert(operands[0], DType.BOOL);
            b = convert(operands[1], operandType);
            c = convert(operands[2], operandType);
        } else {
            a = convert(operands[0], operandType);
            if (operands.length > 1) {
                b = convert(operands[1], operandType);
            }
        }
        int r = newReg(outType);
        instrs.add(new Instr(APPLY, op, r, a, b, c, s1, s2, scalar, outType, operandType, -1));
        return r;
    }

    /** The leaf that a register is a plain load of, or -1 when the register is computed. */
    public int loadedLeaf(int reg) {
        for (Instr in : instrs) {
            if (in.kind() == LOAD && in.out() == reg) {
                return in.leaf();
            }
        }
        return -1;
    }

    /** The dtype of a register. */
    public DType regType(int reg) {
        return regTypes.get(reg);
    }

    public int leafCount() {
        return leafTypes.size();
    }

    DType leafType(int leaf) {
        return leafTypes.get(leaf);
    }

    int regCount() {
        return regTypes.size();
    }

    Instr[] instructions() {
        return instrs.toArray(new Instr[0]);
    }

    private int newReg(DType t) {
        regTypes.add(t);
        return regTypes.size() - 1;
    }

    /** A new executor with its own scratch registers (one per worker thread). */
    public TileExec newExec() {
        return new TileExec(this);
    }
}
