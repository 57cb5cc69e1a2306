package io.chunkwise.notebook;

import io.chunkwise.kernel.ChunkwiseKernel;
import io.github.spencerpark.jupyter.kernel.BaseKernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Evaluates a Java expression in the notebook's session and returns its value: how magics turn
 * {@code EXPR} into an object. The Chunkwise kernel evaluates it directly; IJava's kernel through its
 * {@code evalRaw(String)}, found by reflection.
 */
@FunctionalInterface
public interface ExpressionEvaluator {
    /**
     * The value of {@code javaExpression} (primitives boxed).
     *
     * @throws Exception whatever compiling or evaluating the expression throws
     */
    Object evaluate(String javaExpression) throws Exception;

    /**
     * The evaluator of {@code kernel}: {@link ChunkwiseKernel#evalExpression} for the Chunkwise kernel,
     * else the kernel's public {@code Object evalRaw(String)} (IJava's {@code JavaKernel} has one), else
     * null when the kernel offers no way to get a value back.
     */
    static ExpressionEvaluator forKernel(BaseKernel kernel) {
        if (kernel instanceof ChunkwiseKernel k) {
            return k::evalExpression;
        }
        Method evalRaw;
        try {
            evalRaw = kernel.getClass().getMethod("evalRaw", String.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
        return code -> {
            try {
                return evalRaw.invoke(kernel, code);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        };
    }
}
