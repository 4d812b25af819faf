/**
 * Stage 1, raw seed to clean Markdown: reads the original texts in {@code seeds/} strictly and turns each into
 * Markdown with YAML front matter, footnotes and page markers, keeping a record of which seed line every word came from.
 */
package org.apparatus.ingest;
