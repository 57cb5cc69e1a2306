/**
 * Runnable examples: the seed guide as a Java program. May import anything public in the core;
 * never display, notebook or kernel code.
 */
package io.chunkwise.examples;
