package io.wormbench.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seals the report's text outputs (chart-data.csv, and index.html with the embedded PNG bytes
 * elided, since pixels depend on the machine's font rasteriser) with golden files, rendered
 * under several default locales and time zones that must not change a byte (JMH's
 * ResultFormatTest habit; Arabic uses its own digits and Germany a decimal comma by default).
 */
class ReportGoldenTest {
  static final String REGENERATE = "wormbench.regenerateGolden";
  static final String HEADER = "# Golden file: do not edit. Regenerate with\n"
      + "# ./mvnw -o -pl evaluation -am test -Dtest=ReportGoldenTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true\n";
  private static final Path GOLDEN =
      Path.of("src/test/resources/io/wormbench/evaluation/report/golden");
  private static final Pattern PNG_DATA = Pattern.compile("data:image/png;base64,[A-Za-z0-9+/=]+");

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"en-US, UTC", "de-DE, Europe/Berlin", "ar-EG, Asia/Kolkata"})
  void fixtureReport_matchesGoldenFilesWhateverTheLocale(String locale, String zone)
      throws IOException {
    Locale savedLocale = Locale.getDefault();
    TimeZone savedZone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(locale));
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      Path index = ReportRenderer.render(RunFixture.copyTo(dir));
      check("chart-data.csv", Files.readString(dir.resolve(ReportRenderer.CHART_DATA)));
      check("index.html.txt", PNG_DATA.matcher(Files.readString(index))
          .replaceAll("data:image/png;base64,(elided)"));
    } finally {
      Locale.setDefault(savedLocale);
      TimeZone.setDefault(savedZone);
    }
  }

  private static void check(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, HEADER + actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; regenerate with -D%s=true", REGENERATE).exists();
    String expected = Files.readString(golden, StandardCharsets.UTF_8).lines()
        .filter(l -> !l.startsWith("# Golden file") && !l.startsWith("# ./mvnw"))
        .collect(Collectors.joining("\n", "", "\n"));
    assertThat(actual).as(name).isEqualTo(expected);
  }
}
