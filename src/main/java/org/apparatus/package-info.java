/**
 * Apparatus turns raw scholarly essays into a static site, in five stages read in order:
 * {@code ingest} (raw seed to clean Markdown), {@code model} (Markdown to a parsed, immutable model),
 * {@code link} (the cross-referenced site model), {@code render} (pages through FreeMarker) and
 * {@code publish} (link check and atomic swap into {@code site/}); {@link org.apparatus.Build} runs them.
 */
package org.apparatus;
