/**
 * Stage 3, parsed model to cross-referenced site model: checks the edition against its seeds, links every note to
 * the passage it annotates, and builds one narrow, ready-to-print view object per page, so templates never compute.
 */
package org.apparatus.link;
