package io.chunkwise.notebook;

import io.chunkwise.kernel.ChunkwiseKernel;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;

/**
 * Test seam standing in for IJava 1.3's {@code JavaKernel}, which is not published to Maven Central and so
 * cannot be a test dependency: a real basekernel kernel with IJava's public shape ({@code getMagics()},
 * {@code Object evalRaw(String)}), evaluating through a real Chunkwise JShell session. It exercises the
 * reflective path that {@link ChunkwiseExtension#install()} takes in a stock IJava install.
 */
public class IJavaShapedKernel extends BaseKernel {
    /** Stands in for {@code io.github.spencerpark.ijava.IJava}, the static holder of the running kernel. */
    public static final class Holder {
        static volatile Object instance;

        private Holder() {
        }

        public static Object getKernelInstance() {
            return instance;
        }
    }

    private final Magics magics = new Magics();
    private final ChunkwiseKernel session;

    public IJavaShapedKernel(ChunkwiseKernel session) {
        this.session = session;
    }

    public Magics getMagics() {
        return magics;
    }

    public Object evalRaw(String code) throws Exception {
        return session.evalExpression(code);
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        Object v = evalRaw(code);
        return v == null ? null : getRenderer().render(v);
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("Java").build();
    }
}
