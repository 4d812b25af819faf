/**
 * Stage 4, cross-referenced model to data files: writes every file of the site that is not a page (each essay's TEI
 * text, the edition's data, the search index, the sitemap and the bibliography's exports), as {@link
 * org.apparatus.export.DataFile}s written when they are published.
 */
package org.apparatus.export;
