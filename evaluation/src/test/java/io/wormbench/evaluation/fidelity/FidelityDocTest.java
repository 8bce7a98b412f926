package io.wormbench.evaluation.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps evaluation/FIDELITY.md true: every statistic documented with its shipped range. */
class FidelityDocTest {
  @Test
  void everyStatistic_isDocumentedWithItsRange() throws Exception {
    String doc = Files.readString(Path.of("FIDELITY.md"));
    Reference ref = ReferenceFile.defaults();
    for (Statistic s : FidelityStatistics.all()) {
      String row = doc.lines().filter(l -> l.startsWith("| `" + s.id() + "` |")).findFirst()
          .orElse("");
      assertThat(row).as(s.id() + " in FIDELITY.md").isNotEmpty();
      String range = ref.range(s.id()).orElseThrow().text();
      assertThat(row).as(s.id() + " range").contains("| " + (range.isEmpty() ? "info" : range)
          + " |");
    }
  }
}
