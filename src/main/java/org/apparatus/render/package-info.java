/**
 * Stage 6, page views to rendered pages: FreeMarker prints each page's view object through an HTML auto-escaping
 * {@code .ftlh} template into the staging folder, and writes each data file as it is made; a template error is a build
 * error.
 */
package org.apparatus.render;
