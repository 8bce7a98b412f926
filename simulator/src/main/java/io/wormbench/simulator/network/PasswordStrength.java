package io.wormbench.simulator.network;

import io.wormbench.traffic.spec.SpecNode;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The share of weak, medium and strong passwords. Weak passwords rank among the 20 most common
 * (as in breach-corpus top lists), medium ones among the next 9,980, strong ones on no list.
 */
public record PasswordStrength(double weak, double medium, double strong) {
  /** Weak passwords rank below this. */
  public static final int WEAK_RANKS = 20;
  /** Medium passwords rank below this. */
  public static final int LISTED_RANKS = 10_000;
  static final Set<String> FIELDS = Set.of("weak", "medium", "strong");

  static PasswordStrength bind(SpecNode node, PasswordStrength d) {
    node.rejectUnknown(FIELDS);
    double w = node.doubleField("weak", d.weak, x -> x >= 0 && x <= 1, "must be in [0, 1]");
    double m = node.doubleField("medium", d.medium, x -> x >= 0 && x <= 1, "must be in [0, 1]");
    double s = node.doubleField("strong", d.strong, x -> x >= 0 && x <= 1, "must be in [0, 1]");
    if (Math.abs(w + m + s - 1) > 1e-6) {
      throw node.error("weak + medium + strong must add up to 1, not " + (w + m + s));
    }
    return new PasswordStrength(w, m, s);
  }

  /** Draws a password rank. */
  int drawRank(SplittableRandom r) {
    double u = r.nextDouble();
    if (u < weak) {
      return r.nextInt(WEAK_RANKS);
    }
    if (u < weak + medium) {
      return WEAK_RANKS + r.nextInt(LISTED_RANKS - WEAK_RANKS);
    }
    return Account.STRONG;
  }
}
