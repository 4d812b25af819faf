/**
 * Stage 8, after publishing, only when a snapshot is asked for: packs the published site with its sources into a
 * BagIt bag and a replayable WACZ web archive, byte-identical from build to build.
 */
package org.apparatus.preserve;
