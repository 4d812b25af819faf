/**
 * Stage 2, clean Markdown to parsed model: Flexmark reads each essay (front matter, footnotes, page markers) into
 * immutable records with typed ids, checking what a maintainer can get wrong.
 */
package org.apparatus.model;
