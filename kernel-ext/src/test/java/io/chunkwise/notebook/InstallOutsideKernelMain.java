package io.chunkwise.notebook;

/** Run in a fresh JVM by {@link KernelMagicsTest}: {@link ChunkwiseExtension#install()} with no kernel running. */
public final class InstallOutsideKernelMain {
    private InstallOutsideKernelMain() {
    }

    public static void main(String[] args) {
        System.out.println("returned: " + ChunkwiseExtension.install());
    }
}
