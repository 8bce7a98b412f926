package io.wormbench.traffic.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.time.Micros;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecReaderTest {
  private static final String YAML = """
      name: seed
      duration: 3d
      attacks:
        - kind: worm
          bruteForce:
            attemptsPerMinute: 0
            users: [admin, backup]
      """;

  @Test
  void invalidValue_namesPathAndLine() {
    SpecNode root = SpecReader.read("s.yaml", YAML);
    SpecNode bf = root.list("attacks").get(0).map("bruteForce");
    assertThatThrownBy(() -> bf.doubleField("attemptsPerMinute", 1, v -> v > 0, "must be > 0"))
        .isInstanceOf(SpecException.class)
        .hasMessage("s.yaml: attacks[0].bruteForce.attemptsPerMinute: must be > 0 (line 6)");
  }

  @Test
  void misspeltField_isRejectedWithDidYouMean() {
    SpecNode root = SpecReader.read("s.yaml", "name: x\ndurration: 2d\n");
    assertThatThrownBy(() -> root.rejectUnknown(Set.of("name", "duration", "seeds")))
        .hasMessageStartingWith("s.yaml: durration: unknown field; did you mean 'duration'?")
        .hasMessageEndingWith("(line 2)");
  }

  @Test
  void typedGetters_readValuesAndDefaults() {
    SpecNode root = SpecReader.read("s.yaml", YAML);
    assertThat(root.string("name", "")).isEqualTo("seed");
    assertThat(root.durationField("duration", 0, v -> v > 0, "must be > 0")).isEqualTo(3 * Micros.DAY);
    assertThat(root.longField("seeds", 5, v -> v > 0, "must be > 0")).isEqualTo(5);
    assertThat(root.list("attacks").get(0).map("bruteForce").strings("users"))
        .containsExactly("admin", "backup");
    assertThat(root.map("absent").fieldNames()).isEmpty();
  }

  @Test
  void wrongShape_andBadNumbers_namePathAndLine() {
    SpecNode root = SpecReader.read("s.yaml", "a: [1, 2]\nb: ten\nc: maybe\nd: 5 parsecs\n");
    assertThatThrownBy(() -> root.map("a")).hasMessage("s.yaml: a: must be a map of fields (line 1)");
    assertThatThrownBy(() -> root.longField("b", 0, v -> true, ""))
        .hasMessage("s.yaml: b: must be a whole number, not 'ten' (line 2)");
    assertThatThrownBy(() -> root.bool("c", false))
        .hasMessage("s.yaml: c: must be true or false, not 'maybe' (line 3)");
    assertThatThrownBy(() -> root.durationField("d", 0, v -> true, ""))
        .hasMessageContaining("d: unknown unit 'parsecs'").hasMessageEndingWith("(line 4)");
  }

  @Test
  void syntaxErrorAndDuplicates_becomeOneLineWithTheLine() {
    assertThatThrownBy(() -> SpecReader.read("bad.yaml", "a: 1\nb: [1, 2\nc: 3\n"))
        .isInstanceOf(SpecException.class)
        .hasMessageStartingWith("bad.yaml: not valid YAML")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> SpecReader.read("dup.yaml", "a: 1\na: 2\n"))
        .hasMessage("dup.yaml: a: field appears twice (line 2)");
  }

  @Test
  void enumField_listsTheChoices() {
    SpecNode root = SpecReader.read("s.yaml", "dialect: minergate\nbad: nope\n");
    enum Dialect { STRATUM_V1, MINERGATE }
    assertThat(root.enumField("dialect", Dialect.class, Dialect.STRATUM_V1)).isEqualTo(Dialect.MINERGATE);
    assertThatThrownBy(() -> root.enumField("bad", Dialect.class, Dialect.STRATUM_V1))
        .hasMessage("s.yaml: bad: must be one of stratum-v1, minergate, not 'nope' (line 2)");
  }
}
