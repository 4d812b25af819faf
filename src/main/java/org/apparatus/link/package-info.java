/**
 * Stage 3, parsed model to cross-referenced model: checks the edition against its seeds, resolves every note's
 * citations to works and formats them, and links every mention of a registered actor and event to its passage.
 */
package org.apparatus.link;
