package io.wormbench.evaluation.fidelity.artefact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best ordering of a categorical field's values by class frequency: each value scores the
 * log of its attack frequency over its benign frequency (each smoothed by half a connection of
 * the pooled classes), which is the likelihood-ratio order and so the ROC-optimal ranking of a
 * single categorical field (Neyman-Pearson). A value never seen scores 0, between the two.
 */
final class CategoryScores {
  private final Map<String, long[]> counts = new HashMap<>();
  private final double attackTotal;
  private final double benignTotal;
  private final double eps;

  private CategoryScores(Map<String, long[]> counts, long attack, long benign) {
    this.counts.putAll(counts);
    this.attackTotal = Math.max(attack, 1);
    this.benignTotal = Math.max(benign, 1);
    this.eps = 0.5 / (attackTotal + benignTotal);
  }

  /** The ordering learned from field {@code index} of the given rows (optionally one fold). */
  static CategoryScores learn(List<ConnRow> attack, List<ConnRow> benign, int index, int fold) {
    Map<String, long[]> c = new HashMap<>();
    long a = 0;
    long b = 0;
    for (ConnRow r : attack) {
      if (fold < 0 || r.fold() == fold) {
        c.computeIfAbsent(r.categorical()[index], k -> new long[2])[0]++;
        a++;
      }
    }
    for (ConnRow r : benign) {
      if (fold < 0 || r.fold() == fold) {
        c.computeIfAbsent(r.categorical()[index], k -> new long[2])[1]++;
        b++;
      }
    }
    return new CategoryScores(c, a, b);
  }

  /** The score of a value. */
  double score(String value) {
    long[] n = counts.get(value);
    if (n == null) {
      return 0;
    }
    return Math.log((n[0] / attackTotal + eps) / (n[1] / benignTotal + eps));
  }
}
