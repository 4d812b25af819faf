/**
 * Apparatus turns raw scholarly essays into a static site, in stages read in order, each a package that imports only
 * the ones before it and {@code kernel}: {@code ingest} (raw seed to clean Markdown), {@code model} (Markdown to a
 * parsed, immutable model), {@code link} (cross-referencing), {@code export} (the data files), {@code view} (one view
 * per page), {@code render} (pages through FreeMarker), {@code publish} (link check and atomic swap into
 * {@code site/}), {@code preserve} (snapshots for archives) and {@code serve} (what a rebuild reuses). This package
 * holds the command line and {@link org.apparatus.Build}, the one orchestrator that runs them for {@code build} and
 * {@code serve} alike.
 */
package org.apparatus;
