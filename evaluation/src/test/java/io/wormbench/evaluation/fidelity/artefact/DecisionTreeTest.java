package io.wormbench.evaluation.fidelity.artefact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecisionTreeTest {
  @Test
  void oneSeparatingFeature_isSplitAtTheMidpoint() {
    double[][] x = new double[20][];
    boolean[] y = new boolean[20];
    for (int i = 0; i < 20; i++) {
      x[i] = new double[] {(i * 7) % 3, i};
      y[i] = i >= 10;
    }
    DecisionTree t = DecisionTree.fit(x, y, List.of("noise", "signal"), 3, 1);
    assertThat(t.describe().get(0)).isEqualTo("signal <= 9.5");
    assertThat(t.score(new double[] {0, 3})).isZero();
    assertThat(t.score(new double[] {0, 15})).isEqualTo(1.0);
  }

  @Test
  void conjunctionNeedsTwoLevels_andDepthOneCannotLearnIt() {
    double[][] x = new double[40][];
    boolean[] y = new boolean[40];
    for (int i = 0; i < 40; i++) {
      int a = i % 2;
      int b = (i / 2) % 2;
      x[i] = new double[] {a, b};
      y[i] = a == 1 && b == 1;
    }
    DecisionTree shallow = DecisionTree.fit(x, y, List.of("a", "b"), 1, 1);
    DecisionTree deep = DecisionTree.fit(x, y, List.of("a", "b"), 2, 1);
    double[] sa = new double[10];
    double[] sb = new double[30];
    double[] da = new double[10];
    double[] db = new double[30];
    int ia = 0;
    int ib = 0;
    for (int i = 0; i < 40; i++) {
      if (y[i]) {
        sa[ia] = shallow.score(x[i]);
        da[ia++] = deep.score(x[i]);
      } else {
        sb[ib] = shallow.score(x[i]);
        db[ib++] = deep.score(x[i]);
      }
    }
    assertThat(Auc.of(da, db)).isEqualTo(1.0);
    // One split isolates a = 0 (benign) from a = 1 (half attack): AUC 1 * 2/3 + 0.5 * 1/3.
    assertThat(Auc.of(sa, sb)).isCloseTo(5.0 / 6, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void sameData_growsTheSameTree() {
    SplittableRandom r = new SplittableRandom(7);
    double[][] x = new double[500][];
    boolean[] y = new boolean[500];
    for (int i = 0; i < 500; i++) {
      x[i] = new double[] {r.nextDouble(), r.nextDouble(), r.nextInt(3)};
      y[i] = r.nextDouble() < 0.2;
    }
    List<String> f = List.of("u", "v", "w");
    assertThat(DecisionTree.fit(x, y, f, 3, 5).describe())
        .isEqualTo(DecisionTree.fit(x, y, f, 3, 5).describe());
  }
}
