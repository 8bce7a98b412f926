package io.wormbench.evaluation.fidelity.artefact;

import java.util.ArrayList;
import java.util.List;

/**
 * The cross-run artefact check of issue 11: a depth-3 {@link DecisionTree} on conn.log fields,
 * trained on one run's labelled sample and scored (ROC AUC) on another's. Categorical fields
 * enter as their class-frequency score learned on the training run ({@link CategoryScores});
 * a value the training run never saw scores 0. Excluded fields (port and service by default)
 * are left out, so the tree must find an artefact in what remains.
 *
 * @param auc the tree's AUC on the test run (not folded: a tree worse than chance is reported
 *     as such)
 */
public record TreeCheck(String train, String test, List<String> features, List<String> splits,
    int trainRows, int testRows, double auc) {
  /** Depth of the tree (issue 11). */
  public static final int DEPTH = 3;
  /** Fewest training rows per leaf. */
  public static final int MIN_LEAF = 5;
  /** Fields left out unless asked for. */
  public static final List<String> DEFAULT_EXCLUDED = List.of("port", "service");

  public TreeCheck {
    features = List.copyOf(features);
    splits = List.copyOf(splits);
  }

  /** Trains on {@code train} and tests on {@code test}, leaving out {@code excluded}. */
  public static TreeCheck run(ArtefactSample train, ArtefactSample test, List<String> excluded) {
    List<ConnRow> ta = train.attack();
    List<ConnRow> tb = train.benign();
    List<String> names = new ArrayList<>();
    List<Integer> numeric = new ArrayList<>();
    List<Integer> categorical = new ArrayList<>();
    for (int i = 0; i < ConnFields.NUMERIC.size(); i++) {
      if (!excluded.contains(ConnFields.NUMERIC.get(i))) {
        numeric.add(i);
        names.add(ConnFields.NUMERIC.get(i));
      }
    }
    List<CategoryScores> enc = new ArrayList<>();
    for (int i = 0; i < ConnFields.CATEGORICAL.size(); i++) {
      if (!excluded.contains(ConnFields.CATEGORICAL.get(i))) {
        categorical.add(i);
        // A categorical field enters as its class-frequency score; the name says so.
        names.add(ConnFields.CATEGORICAL.get(i) + ":score");
        enc.add(CategoryScores.learn(ta, tb, i, -1));
      }
    }
    double[][] x = new double[ta.size() + tb.size()][];
    boolean[] y = new boolean[x.length];
    for (int i = 0; i < ta.size(); i++) {
      x[i] = encode(ta.get(i), numeric, categorical, enc);
      y[i] = true;
    }
    for (int i = 0; i < tb.size(); i++) {
      x[ta.size() + i] = encode(tb.get(i), numeric, categorical, enc);
    }
    DecisionTree tree = DecisionTree.fit(x, y, names, DEPTH, MIN_LEAF);
    List<ConnRow> sa = test.attack();
    List<ConnRow> sb = test.benign();
    double[] as = new double[sa.size()];
    double[] bs = new double[sb.size()];
    for (int i = 0; i < as.length; i++) {
      as[i] = tree.score(encode(sa.get(i), numeric, categorical, enc));
    }
    for (int i = 0; i < bs.length; i++) {
      bs[i] = tree.score(encode(sb.get(i), numeric, categorical, enc));
    }
    double auc = ta.isEmpty() || tb.isEmpty() ? Double.NaN : Auc.of(as, bs);
    List<String> used = names.stream().map(n -> n.replace(":score", "")).toList();
    return new TreeCheck(train.label(), test.label(), used, tree.describe(), x.length,
        as.length + bs.length, auc);
  }

  private static double[] encode(ConnRow r, List<Integer> numeric, List<Integer> categorical,
      List<CategoryScores> enc) {
    double[] v = new double[numeric.size() + categorical.size()];
    int k = 0;
    for (int i : numeric) {
      v[k++] = r.numeric()[i];
    }
    for (int j = 0; j < categorical.size(); j++) {
      v[k++] = enc.get(j).score(r.categorical()[categorical.get(j)]);
    }
    return v;
  }
}
