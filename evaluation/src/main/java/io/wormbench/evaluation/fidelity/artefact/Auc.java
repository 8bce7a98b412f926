package io.wormbench.evaluation.fidelity.artefact;

import java.util.Arrays;

/**
 * ROC AUC as the Mann-Whitney U statistic (Hanley and McNeil, Radiology 1982): the chance that a
 * random attack value ranks above a random benign one, ties counting one half (mid-ranks).
 * O(n log n).
 */
public final class Auc {
  private Auc() {}

  /** AUC of scores where {@code attack} should rank high; NaN when a class is empty. */
  public static double of(double[] attack, double[] benign) {
    int na = attack.length;
    int nb = benign.length;
    if (na == 0 || nb == 0) {
      return Double.NaN;
    }
    double[][] all = new double[na + nb][];
    for (int i = 0; i < na; i++) {
      all[i] = new double[] {attack[i], 1};
    }
    for (int i = 0; i < nb; i++) {
      all[na + i] = new double[] {benign[i], 0};
    }
    Arrays.sort(all, (x, y) -> Double.compare(x[0], y[0]));
    double rankSum = 0;
    int i = 0;
    while (i < all.length) {
      int j = i;
      while (j + 1 < all.length && all[j + 1][0] == all[i][0]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (all[k][1] == 1) {
          rankSum += midRank;
        }
      }
      i = j + 1;
    }
    // In double: na * (na + 1) overflows an int from 46,341 attack rows on.
    double u = rankSum - (double) na * (na + 1) / 2.0;
    return u / ((double) na * nb);
  }

  /** max(A, 1 - A): how well the field separates the classes in either direction. */
  public static double separation(double auc) {
    return Double.isNaN(auc) ? auc : Math.max(auc, 1 - auc);
  }
}
