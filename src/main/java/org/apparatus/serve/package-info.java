/**
 * Stage 9, {@code apparatus serve}'s side of a build: what one build reuses of the last ({@link
 * org.apparatus.serve.Reuse}: the imported seeds, the parsed essays, the model's memo), the publication of only the
 * files that changed, and the local web server that shows the site and reloads the open pages a rebuild rewrote.
 */
package org.apparatus.serve;
