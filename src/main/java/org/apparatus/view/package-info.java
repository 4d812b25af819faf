/**
 * Stage 5, cross-referenced model to page views: makes one narrow, ready-to-print view object per page (the essays',
 * notes', works', actors' and events' pages, the registers and the home page), so templates never compute;
 * {@link org.apparatus.view.SiteModel} orchestrates them.
 */
package org.apparatus.view;
