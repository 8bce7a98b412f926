package io.wormbench.traffic.fuzz;

import io.wormbench.traffic.spec.SpecNode;
import io.wormbench.traffic.spec.SpecReader;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.wormbench.traffic.fuzz.FuzzHarness;

/**
 * Fuzz target: YAML read into located spec trees (the reader under every scenario and network profile), every node visited. Seeds and regression inputs: SpecYamlFuzzTestInputs/fuzz/ beside this class in the
 * test resources; crash rule: {@link FuzzHarness}.
 */
public final class SpecYamlFuzzTest {
  /** One input (libFuzzer's entry point, used by .ci/fuzz). */
  public static void fuzzerTestOneInput(byte[] data) {
    FuzzHarness.readerMustOnlyRejectBadInput(() -> {
      visit(SpecReader.read(FuzzHarness.file("in.yaml", data)));
    });
  }

  private static void visit(SpecNode n) {
    switch (n.type()) {
      case MAP -> n.fieldNames().forEach(f -> n.field(f).ifPresent(SpecYamlFuzzTest::visit));
      case LIST -> n.items().forEach(SpecYamlFuzzTest::visit);
      case SCALAR -> n.text();
      default -> { }
    }
  }

  @FuzzTest
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }
}
