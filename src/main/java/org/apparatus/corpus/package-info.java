/**
 * Synthetic corpora for benchmarks and scale tests: a seeded generator of essays shaped like the imported seeds, with
 * their actor and event registries, as plain Markdown that Apparatus and other generators can build alike.
 */
package org.apparatus.corpus;
