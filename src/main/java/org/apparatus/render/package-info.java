/**
 * Stage 4, site model to rendered pages: FreeMarker prints each page's view object through an HTML auto-escaping
 * {@code .ftlh} template into the staging folder; a template error is a build error.
 */
package org.apparatus.render;
