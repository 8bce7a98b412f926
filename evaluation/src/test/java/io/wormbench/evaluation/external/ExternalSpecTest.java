package io.wormbench.evaluation.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.spec.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalSpecTest {
  @Test
  void fullEntry_bindsEveryField() {
    var s = ExternalFixtures.tinyWith("  - name: mining-protocol\n  - name: iforest\n"
        + "    external:\n      command: \"/usr/bin/python3 x.py {input} {out} {learningEnd}\"\n"
        + "      input: zeek-json\n      output: alerts-csv\n      timeout: 2m\n"
        + "      window: {from: 12h, to: 13h}\n").externals();
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.name()).isEqualTo("iforest");
      assertThat(x.input()).isEqualTo(ExternalInput.ZEEK_JSON);
      assertThat(x.timeout()).isEqualTo(120_000_000L);
      assertThat(x.inWindow(12 * 3_600_000_000L, 0)).isTrue();
      assertThat(x.inWindow(13 * 3_600_000_000L, 0)).isFalse();
    });
  }

  @Test
  void unknownInput_failsWithPathAndLine() {
    assertThatThrownBy(() -> ExternalFixtures.tinyWith("  - name: t\n    external:\n"
        + "      command: x\n      input: netflow\n"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("detectors[0].external.input")
        .hasMessageContaining("must be one of zeek, zeek-json, jsonl, pcap")
        .hasMessageMatching(".*\\(line \\d+\\)");
  }

  @Test
  void misspeltField_suggestsTheKnownOne() {
    assertThatThrownBy(() -> ExternalFixtures.tinyWith("  - name: t\n    external:\n"
        + "      command: x\n      timout: 5m\n"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("did you mean 'timeout'");
  }

  @Test
  void unknownPlaceholder_isNamed() {
    assertThatThrownBy(() -> ExternalFixtures.tinyWith("  - name: t\n    external:\n"
        + "      command: \"tool {truth}\"\n"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("detectors[0].external.command")
        .hasMessageContaining("unknown placeholder {truth}");
  }

  @Test
  void streamWithInputFile_isRejected() {
    assertThatThrownBy(() -> ExternalFixtures.tinyWith("  - name: t\n    external:\n"
        + "      command: tool\n      mode: stream\n      input: pcap\n"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("leave 'input' out");
  }

  @Test
  void quotedWords_stayOneArgumentAndPlaceholdersExpand() {
    CommandTemplate t = CommandTemplate.parse("sh -c 'echo \"a b\"' \"{out}/x y\" {seed}");
    assertThat(t.expand(Map.of("out", "/tmp/o", "seed", "3")))
        .isEqualTo(List.of("sh", "-c", "echo \"a b\"", "/tmp/o/x y", "3"));
  }

  @Test
  void unbalancedQuote_isAnError() {
    assertThatThrownBy(() -> CommandTemplate.parse("tool 'open"))
        .hasMessageContaining("unbalanced single quote");
  }
}
