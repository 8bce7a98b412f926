package io.wormbench.evaluation.fidelity.artefact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A CART classification tree (Breiman et al., 1984) with the Gini impurity, grown to a fixed
 * depth with class-balanced weights (each class weighs 1 in total, so a rare attack class is
 * not ignored). Deterministic: features are tried in order and thresholds in ascending order,
 * and a split replaces the best so far only when its gain is strictly larger. A leaf scores the
 * weighted attack share of its training rows.
 */
public final class DecisionTree {
  /** A node: a leaf when {@code feature < 0}. */
  private record Node(int feature, double threshold, Node left, Node right, double score,
      double weight) {}

  private final Node root;
  private final List<String> features;

  private DecisionTree(Node root, List<String> features) {
    this.root = root;
    this.features = List.copyOf(features);
  }

  /**
   * Grows a tree.
   *
   * @param x one feature vector per row
   * @param attack the class of each row
   * @param features the feature names, for {@link #describe()}
   * @param minLeaf the fewest rows a leaf may hold
   */
  public static DecisionTree fit(double[][] x, boolean[] attack, List<String> features,
      int maxDepth, int minLeaf) {
    long na = 0;
    for (boolean a : attack) {
      na += a ? 1 : 0;
    }
    long nb = attack.length - na;
    double[] w = new double[attack.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = attack[i] ? 1.0 / Math.max(na, 1) : 1.0 / Math.max(nb, 1);
    }
    int[] all = new int[x.length];
    Arrays.setAll(all, i -> i);
    return new DecisionTree(grow(x, attack, w, all, maxDepth, minLeaf), features);
  }

  private static Node grow(double[][] x, boolean[] y, double[] w, int[] rows, int depth,
      int minLeaf) {
    double wa = 0;
    double wt = 0;
    for (int r : rows) {
      wt += w[r];
      wa += y[r] ? w[r] : 0;
    }
    double score = wt == 0 ? 0 : wa / wt;
    if (depth == 0 || wa == 0 || wa == wt || rows.length < 2 * minLeaf) {
      return new Node(-1, 0, null, null, score, wt);
    }
    double parent = gini(wa, wt);
    int bestF = -1;
    double bestT = 0;
    double bestGain = 1e-12;
    int features = x.length == 0 ? 0 : x[0].length;
    Integer[] order = new Integer[rows.length];
    for (int f = 0; f < features; f++) {
      for (int i = 0; i < rows.length; i++) {
        order[i] = rows[i];
      }
      final int ff = f;
      Arrays.sort(order, (p, q) -> Double.compare(x[p][ff], x[q][ff]));
      double la = 0;
      double lt = 0;
      for (int i = 0; i < order.length - 1; i++) {
        int r = order[i];
        lt += w[r];
        la += y[r] ? w[r] : 0;
        double v = x[r][f];
        double next = x[order[i + 1]][f];
        if (v == next || i + 1 < minLeaf || order.length - i - 1 < minLeaf) {
          continue;
        }
        double gain = parent - (lt / wt) * gini(la, lt)
            - ((wt - lt) / wt) * gini(wa - la, wt - lt);
        if (gain > bestGain) {
          bestGain = gain;
          bestF = f;
          bestT = v + (next - v) / 2;
        }
      }
    }
    if (bestF < 0) {
      return new Node(-1, 0, null, null, score, wt);
    }
    final int bf = bestF;
    final double bt = bestT;
    int[] left = Arrays.stream(rows).filter(r -> x[r][bf] <= bt).toArray();
    int[] right = Arrays.stream(rows).filter(r -> x[r][bf] > bt).toArray();
    return new Node(bf, bt, grow(x, y, w, left, depth - 1, minLeaf),
        grow(x, y, w, right, depth - 1, minLeaf), score, wt);
  }

  private static double gini(double attack, double total) {
    if (total == 0) {
      return 0;
    }
    double p = attack / total;
    return 2 * p * (1 - p);
  }

  /** The attack score of a row: its leaf's weighted attack share. */
  public double score(double[] row) {
    Node n = root;
    while (n.feature() >= 0) {
      n = row[n.feature()] <= n.threshold() ? n.left() : n.right();
    }
    return n.score();
  }

  /** The splits, one line per node, indented by depth. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    describe(root, 0, out);
    return out;
  }

  private void describe(Node n, int depth, List<String> out) {
    String pad = "  ".repeat(depth);
    if (n.feature() < 0) {
      out.add(String.format(Locale.ROOT, "%sleaf: attack share %.4f", pad, n.score()));
      return;
    }
    out.add(String.format(Locale.ROOT, "%s%s <= %s", pad, features.get(n.feature()),
        io.wormbench.evaluation.output.Num.format(n.threshold())));
    describe(n.left(), depth + 1, out);
    out.add(String.format(Locale.ROOT, "%s%s > %s", pad, features.get(n.feature()),
        io.wormbench.evaluation.output.Num.format(n.threshold())));
    describe(n.right(), depth + 1, out);
  }
}
