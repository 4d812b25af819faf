package org.apparatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same project gives the same bytes, whatever the machine's time zone and locale. */
@Tag("build")
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void theRealProjectBuildsByteIdenticallyUnderAnyTimeZoneAndLocale() {
        Map<String, String> reference = buildUnder("UTC", Locale.ROOT, dir.resolve("utc-root"));
        Map<String, String> turkish = buildUnder("Pacific/Kiritimati", Locale.forLanguageTag("tr-TR"),
                dir.resolve("kiritimati-tr"));
        Map<String, String> arabic = buildUnder("America/St_Johns", Locale.forLanguageTag("ar-EG-u-nu-arab"),
                dir.resolve("st-johns-ar"));

        assertThat(reference).hasSizeGreaterThan(30);
        assertThat(turkish.keySet()).containsExactlyElementsOf(reference.keySet());
        assertThat(turkish).isEqualTo(reference);
        assertThat(arabic.keySet()).containsExactlyElementsOf(reference.keySet());
        assertThat(arabic).isEqualTo(reference);
    }

    @Test
    void aRawSeedImportsByteIdenticallyUnderATurkishLocale() {
        // Capitals with I and i are where a locale-sensitive toLowerCase/toUpperCase would show.
        String seed = """
                ## INDIA, IRAN AND THE ISLANDS

                *Ivan Ilyich*

                It is an introduction to the islands.<sup>1</sup>

                ## INITIAL ISSUES

                In Iran it is quite different.

                ---

                1 Its first note.
                """;
        TestProject a = new TestProject(dir.resolve("a")).seed("010_i.txt", seed);
        TestProject b = new TestProject(dir.resolve("b")).seed("010_i.txt", seed);
        Map<String, String> root = snapshotUnder("UTC", Locale.ROOT, a);
        Map<String, String> turkish = snapshotUnder("Pacific/Kiritimati", Locale.forLanguageTag("tr-TR"), b);
        assertThat(root).containsKey("essays/india-iran-and-the-islands.html");
        assertThat(turkish).isEqualTo(root);
    }

    private static Map<String, String> buildUnder(String zone, Locale locale, Path out) {
        return snapshotUnder(zone, locale, new TestProject(TestProject.repository(), out));
    }

    private static Map<String, String> snapshotUnder(String zone, Locale locale, TestProject project) {
        TimeZone zoneBefore = TimeZone.getDefault();
        Locale localeBefore = Locale.getDefault();
        Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
        Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Locale.setDefault(locale);
            Build.Result result = project.build();
            assertThat(result.published()).as(TestProject.report(result)).isTrue();
        } finally {
            TimeZone.setDefault(zoneBefore);
            Locale.setDefault(localeBefore);
            Locale.setDefault(Locale.Category.FORMAT, formatBefore);
            Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
        }
        return TestProject.snapshot(project.out());
    }
}
