package io.wormbench.evaluation.fidelity.artefact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldAucTest {
  private static final int NUM = ConnFields.NUMERIC.size();
  private static final int CAT = ConnFields.CATEGORICAL.size();

  /** A row whose numeric fields are all {@code n} and categorical fields all {@code c}. */
  static ConnRow row(double n, String c, int fold) {
    double[] num = new double[NUM];
    Arrays.fill(num, n);
    String[] cat = new String[CAT];
    Arrays.fill(cat, c);
    return new ConnRow(num, cat, fold);
  }

  @Test
  void numericField_isMannWhitneyAsMaxOfBothDirections() {
    // Attack values 1, 2 below benign 3, 4: A = 0, reported as 1.
    List<ConnRow> attack = List.of(row(1, "x", 0), row(2, "x", 1));
    List<ConnRow> benign = List.of(row(3, "x", 0), row(4, "x", 1));
    assertThat(FieldAuc.of(attack, benign).get("duration")).isEqualTo(1.0);
  }

  @Test
  void categoryOnlyAttacksUse_inBothFolds_separatesFully() {
    List<ConnRow> attack = List.of(row(0, "tcp/445", 0), row(0, "tcp/445", 1));
    List<ConnRow> benign = List.of(row(0, "udp/53", 0), row(0, "udp/53", 1),
        row(0, "tcp/443", 0), row(0, "tcp/443", 1));
    assertThat(FieldAuc.of(attack, benign).get("port")).isEqualTo(1.0);
  }

  @Test
  void valuesSeenOnce_cannotBeMemorised_underCrossFitting() {
    // Every value is unique, so the other fold never saw it: every score is 0, AUC 0.5.
    List<ConnRow> attack = new ArrayList<>();
    List<ConnRow> benign = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      attack.add(row(0, "a" + i, i % 2));
      benign.add(row(0, "b" + i, i % 2));
    }
    assertThat(FieldAuc.of(attack, benign).get("range24")).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void fieldNoRecordFills_isNotMeasured() {
    assertThat(FieldAuc.of(List.of(row(0, "", 0)), List.of(row(1, "", 1))).get("history"))
        .isNaN();
  }
}
