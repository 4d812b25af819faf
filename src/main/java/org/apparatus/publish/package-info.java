/**
 * Stage 7, rendered pages to published site: one {@link org.apparatus.publish.Publication} for a full build and for
 * serve's incremental one alike, which checks every internal link and fragment of the staged site and makes it the
 * published one only when the whole build succeeded, so no half-built site is ever published.
 */
package org.apparatus.publish;
