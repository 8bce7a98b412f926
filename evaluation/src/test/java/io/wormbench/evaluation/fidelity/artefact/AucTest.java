package io.wormbench.evaluation.fidelity.artefact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AucTest {
  @Test
  void perfectSeparation_isOne_andReversedIsZero() {
    assertThat(Auc.of(new double[] {3, 4, 5}, new double[] {0, 1, 2})).isEqualTo(1.0);
    assertThat(Auc.of(new double[] {0, 1}, new double[] {3, 4, 5})).isEqualTo(0.0);
    assertThat(Auc.separation(0.0)).isEqualTo(1.0);
  }

  @Test
  void handCountedPairs_giveTheirShare() {
    // Pairs (attack > benign): 0.8 beats both, 0.6 and 0.4 beat 0.2 only: 4 of 6.
    assertThat(Auc.of(new double[] {0.8, 0.6, 0.4}, new double[] {0.7, 0.2}))
        .isCloseTo(4.0 / 6, within(1e-12));
  }

  @Test
  void ties_countOneHalf() {
    assertThat(Auc.of(new double[] {1, 1}, new double[] {1, 1})).isEqualTo(0.5);
    // 2 beats 1 (1), 1 ties 1 (0.5): 1.5 of 2 pairs.
    assertThat(Auc.of(new double[] {2, 1}, new double[] {1})).isEqualTo(0.75);
  }

  @Test
  void emptyClass_isNaN() {
    assertThat(Auc.of(new double[] {}, new double[] {1})).isNaN();
  }

  @Test
  void largeClasses_doNotOverflow() {
    double[] a = new double[60_000];
    double[] b = new double[60_000];
    for (int i = 0; i < a.length; i++) {
      a[i] = 1;
    }
    assertThat(Auc.of(a, b)).isEqualTo(1.0);
  }
}
