package org.apparatus;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The packages are the pipeline's stages: each imports only the stages before it (and the kernel, the first), so a
 * stage can be read, tested and changed knowing only what comes before it.
 */
class LayeringTest {

    /**
     * The stages in pipeline order, by package under {@code org.apparatus}; the root package (the command line and
     * {@code Build}, the orchestrator) comes last and may use them all.
     */
    static final List<String> STAGES = List.of("kernel", "ingest", "model", "link", "export", "view", "render",
            "publish", "preserve", "serve", "");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.apparatus");
    }

    @Test
    void eachStageImportsOnlyTheStagesBeforeIt() {
        layers().check(classes);
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("org.apparatus.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theStagesAreAllThePackages() {
        // a new package must take its place in the order above, or the layering says nothing of it
        List<String> known = new java.util.ArrayList<>(STAGES.stream().map(LayeringTest::packageOf).toList());
        known.add(packageOf("corpus"));
        org.assertj.core.api.Assertions.assertThat(classes.stream().map(c -> c.getPackageName()).distinct())
                .isSubsetOf(known);
    }

    /** The stages as layers: each may use only those before it; the corpus generator, only the kernel. */
    static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("corpus").definedBy(packageOf("corpus") + "..");
        for (String stage : STAGES) {
            layers = layers.layer(name(stage)).definedBy(stage.isEmpty() ? packageOf(stage) : packageOf(stage) + "..");
        }
        layers = layers.whereLayer(name(STAGES.get(0))).mayNotAccessAnyLayer()
                .whereLayer("corpus").mayOnlyAccessLayers(name(STAGES.get(0)));
        for (int i = 1; i < STAGES.size(); i++) {
            List<String> before = new java.util.ArrayList<>(STAGES.subList(0, i).stream().map(LayeringTest::name)
                    .toList());
            if (STAGES.get(i).isEmpty()) {
                before.add("corpus");
            }
            layers = layers.whereLayer(name(STAGES.get(i))).mayOnlyAccessLayers(before.toArray(String[]::new));
        }
        return layers;
    }

    private static String name(String stage) {
        return stage.isEmpty() ? "command line" : stage;
    }

    private static String packageOf(String stage) {
        return stage.isEmpty() ? "org.apparatus" : "org.apparatus." + stage;
    }
}
