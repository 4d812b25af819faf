package org.apparatus.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.apparatus.kernel.Diagnostic;
import org.apparatus.kernel.Diagnostics;
import org.apparatus.kernel.Project;
import org.apparatus.render.PageRenderer;
import org.apparatus.view.SiteModel;

/**
 * One publication of a site, the same steps whether a build publishes all of it or {@code apparatus serve} only what
 * changed: a staging folder beside the output, what the {@link Plan} stages there, the pages rendered into it, the
 * links checked (unless rendering failed: a page a template failed on is missing, and every link to it would be
 * reported as broken too), and then either the plan's commit or, after any error, the staging folder thrown away and
 * the output exactly as it was.
 */
public final class Publication {

    /** What one publication stages, checks and commits. */
    public interface Plan {

        /**
         * Writes into {@code staging} what it writes itself (a rebuild's changed data files), and gives the pages and
         * files the renderer writes there; the site is let go once they are written.
         */
        SiteModel stage(Path staging) throws IOException;

        /** How many pages the published site has, once {@link #stage} ran (before, what is known of it). */
        int pages();

        /** Checks the links of the staged site; {@code display} names the output in diagnostics. */
        LinkChecker.Table check(Path staging, String display, Diagnostics diagnostics);

        /** Makes the staged site the published one; the publication is over when it returns. */
        void commit(Publisher publisher, Path staging) throws IOException;
    }

    /**
     * How a publication ended.
     *
     * @param published true when the staged site became the published one
     * @param pages how many pages the site has
     * @param links the table of the links checked, when the site was published
     */
    public record Outcome(boolean published, int pages, Optional<LinkChecker.Table> links) {
    }

    private Publication() {
    }

    /** Stages, renders, checks and commits by the plan; nothing of it stays behind when any step reports an error. */
    public static Outcome publish(Project project, Plan plan, Diagnostics diagnostics) {
        Publisher publisher = new Publisher(project.output());
        try {
            Path staging = publisher.prepare();
            SiteModel site = plan.stage(staging);
            long errorsBefore = diagnostics.count(Diagnostic.Severity.ERROR);
            new PageRenderer(project.templates(), project.display(project.templates()))
                    .render(site, staging, diagnostics);
            site = null; // written: checking the links reads the files, and the model's memory is free for it
            Optional<LinkChecker.Table> links = Optional.empty();
            if (diagnostics.count(Diagnostic.Severity.ERROR) == errorsBefore) {
                links = Optional.of(plan.check(staging, project.display(project.output()), diagnostics));
            }
            if (diagnostics.hasErrors()) {
                publisher.discard();
                return new Outcome(false, plan.pages(), Optional.empty());
            }
            plan.commit(publisher, staging);
            return new Outcome(true, plan.pages(), links);
        } catch (IOException e) {
            return cannotWrite(e, publisher, project, plan.pages(), diagnostics);
        } catch (UncheckedIOException e) {
            return cannotWrite(e.getCause(), publisher, project, plan.pages(), diagnostics);
        }
    }

    /**
     * The plan of a full build: the model made once the staging folder is ready (so that nothing holds it once its
     * pages are written), all of it rendered, every link checked, and the output pointed at the new build at once.
     */
    public static Plan full(Supplier<SiteModel> model) {
        return new Plan() {
            private int pages;

            @Override
            public SiteModel stage(Path staging) {
                SiteModel site = model.get();
                pages = site.pageCount();
                return site;
            }

            @Override
            public int pages() {
                return pages;
            }

            @Override
            public LinkChecker.Table check(Path staging, String display, Diagnostics diagnostics) {
                return LinkChecker.check(staging, display, diagnostics);
            }

            @Override
            public void commit(Publisher publisher, Path staging) throws IOException {
                publisher.publish();
            }
        };
    }

    /** A publication that could not write its site: said, its staging folder removed (or left for the next build). */
    private static Outcome cannotWrite(IOException e, Publisher publisher, Project project, int pages,
                                       Diagnostics diagnostics) {
        diagnostics.error(project.display(project.output()), 0, 0, "cannot write the site: " + e.getMessage());
        try {
            publisher.discard();
        } catch (IOException ignored) {
            diagnostics.error(project.display(publisher.builds()), 0, 0,
                    "cannot remove this build's folder; the next build will");
        }
        return new Outcome(false, pages, Optional.empty());
    }
}
