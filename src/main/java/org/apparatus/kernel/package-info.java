/**
 * What every stage shares and none owns: diagnostics collected across a build, what a long build says of its stages
 * while it runs, the project's folders, strict UTF-8 reading, slugs and JSON string escaping; nothing here knows of
 * any stage.
 */
package org.apparatus.kernel;
