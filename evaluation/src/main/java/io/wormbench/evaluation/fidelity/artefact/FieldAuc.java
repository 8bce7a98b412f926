package io.wormbench.evaluation.fidelity.artefact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-field AUC of attack against benign connections, per field of
 * {@link ConnFields}. Numeric fields: the Mann-Whitney AUC of the raw value, as max(A, 1 - A).
 * Categorical fields: the AUC of the class-frequency ordering ({@link CategoryScores}),
 * cross-fitted over two folds by uid hash (each half scored by the ordering learned on the
 * other), so a field with many values seen once (an address /24) cannot score 1 merely by
 * memorising them; also reported as max(A, 1 - A).
 */
public final class FieldAuc {
  private FieldAuc() {}

  /** Field name to AUC, in {@link ConnFields#names()} order; NaN when a class is empty. */
  public static Map<String, Double> of(List<ConnRow> attack, List<ConnRow> benign) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < ConnFields.NUMERIC.size(); i++) {
      double[] a = new double[attack.size()];
      double[] b = new double[benign.size()];
      for (int k = 0; k < a.length; k++) {
        a[k] = attack.get(k).numeric()[i];
      }
      for (int k = 0; k < b.length; k++) {
        b[k] = benign.get(k).numeric()[i];
      }
      out.put(ConnFields.NUMERIC.get(i), Auc.separation(Auc.of(a, b)));
    }
    for (int i = 0; i < ConnFields.CATEGORICAL.size(); i++) {
      if (unrecorded(attack, benign, i)) {
        // A field no record fills (history before the events work) is not measured, not 0.5.
        out.put(ConnFields.CATEGORICAL.get(i), Double.NaN);
        continue;
      }
      CategoryScores[] byFold = {CategoryScores.learn(attack, benign, i, 0),
          CategoryScores.learn(attack, benign, i, 1)};
      out.put(ConnFields.CATEGORICAL.get(i),
          Auc.separation(Auc.of(crossScores(attack, byFold, i), crossScores(benign, byFold, i))));
    }
    return out;
  }

  private static boolean unrecorded(List<ConnRow> attack, List<ConnRow> benign, int i) {
    return attack.stream().allMatch(r -> r.categorical()[i].isEmpty())
        && benign.stream().allMatch(r -> r.categorical()[i].isEmpty());
  }

  /** Each row scored by the ordering learned on the other fold. */
  private static double[] crossScores(List<ConnRow> rows, CategoryScores[] byFold, int i) {
    double[] s = new double[rows.size()];
    for (int k = 0; k < s.length; k++) {
      ConnRow r = rows.get(k);
      s[k] = byFold[1 - r.fold()].score(r.categorical()[i]);
    }
    return s;
  }
}
