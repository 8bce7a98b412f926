package io.wormbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ATT&CK vocabulary is typed: no main source of any module spells a technique id as a
 * string literal except {@code Technique} itself, so a technique renamed or added there reaches
 * truth, alerts, labels and charts alike.
 */
class VocabularyTest {
  private static final Pattern LITERAL = Pattern.compile("\"T1\\d{3}(\\.\\d{3})?\"");

  @Test
  void mainSources_nameTechniquesThroughTheTechniqueType() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> found = new ArrayList<>();
    for (String module : List.of("traffic", "simulator", "detectors", "evaluation")) {
      Path main = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          if (f.getFileName().toString().equals("Technique.java")) {
            continue;
          }
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("*") && !line.startsWith("//")
                && LITERAL.matcher(line).find()) {
              found.add(root.relativize(f) + ":" + (i + 1) + ": " + line);
            }
          }
        }
      }
    }
    assertThat(found).as("technique ids spelt as literals").isEmpty();
  }
}
