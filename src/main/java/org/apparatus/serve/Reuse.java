package org.apparatus.serve;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apparatus.ingest.ImportedEssay;
import org.apparatus.ingest.Seed;
import org.apparatus.ingest.SeedImporter;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Project;
import org.apparatus.link.Memo;
import org.apparatus.model.Essay;
import org.apparatus.model.EssayParser;
import org.apparatus.publish.Publication;
import org.apparatus.view.SiteModel;

/**
 * What one build may take from the builds before it in the same process, stage by stage: the seeds' imports, the
 * essays' parses, the model's {@link Memo}, and the plan of its publication (only what changed, or all of it). Each
 * is what the build would compute itself, so a build that reuses makes the very site a build of its own makes.
 * {@link Rebuild} remembers for {@code apparatus serve}; {@link #none()} remembers nothing.
 */
public interface Reuse {

    /**
     * The text of a source file, as {@code read} reads it (reporting its problems to the diagnostics it is given), or
     * the text it read before when the file is surely the same.
     */
    default Optional<String> text(java.nio.file.Path file, java.util.function.Function<Diagnostics, Optional<String>> read,
                                  Diagnostics diagnostics) {
        return read.apply(diagnostics);
    }

    /**
     * What {@code read} makes of these source files (reporting its problems to the diagnostics it is given), or what
     * it made of them before, its problems told again, when every one of the files is surely as it was then: the
     * registries and settings, read and parsed whole for every build.
     *
     * @param kind names what is read, one name per call site
     * @param files the files {@code read} reads; a missing one counts as read (as empty)
     */
    default <T> T sources(String kind, List<java.nio.file.Path> files, java.util.function.Function<Diagnostics, T> read,
                          Diagnostics diagnostics) {
        return read.apply(diagnostics);
    }

    /** The seed imported. */
    ImportedEssay importSeed(Seed seed);

    /** The essay in this text, parsed; what parsing it said goes to {@code diagnostics}. */
    Optional<Essay> parse(String display, String stem, String text, Essay.Origin origin, Diagnostics diagnostics);

    /** What the model's stages take from an earlier build. */
    Memo memo();

    /** How to publish the model {@code model} makes, into the project's output. */
    Publication.Plan plan(Project project, Supplier<SiteModel> model);

    /** A build of its own: every step made, the whole site published. */
    static Reuse none() {
        return new Reuse() {
            @Override
            public ImportedEssay importSeed(Seed seed) {
                return SeedImporter.importSeed(seed);
            }

            @Override
            public Optional<Essay> parse(String display, String stem, String text, Essay.Origin origin,
                                         Diagnostics diagnostics) {
                return EssayParser.parse(display, stem, text, origin, diagnostics);
            }

            @Override
            public Memo memo() {
                return Memo.none();
            }

            @Override
            public Publication.Plan plan(Project project, Supplier<SiteModel> model) {
                return Publication.full(model);
            }
        };
    }
}
