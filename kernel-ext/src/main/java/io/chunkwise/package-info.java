/**
 * Chunkwise: lazy, chunked n-dimensional arrays for Java. {@link io.chunkwise.Chunkwise} is the
 * front door. Part of the core: never imports display, notebook or kernel code.
 */
package io.chunkwise;
