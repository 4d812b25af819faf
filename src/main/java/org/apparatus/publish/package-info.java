/**
 * Stage 5, rendered pages to published site: checks every internal link and fragment of the staged site, then swaps
 * it into the output folder only when the whole build succeeded, so no half-built site is ever published.
 */
package org.apparatus.publish;
