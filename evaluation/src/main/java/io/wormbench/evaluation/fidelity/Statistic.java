package io.wormbench.evaluation.fidelity;

import java.util.function.ToDoubleBiFunction;

/**
 * One realism statistic, declared once in {@link FidelityStatistics}: its id (the key of its
 * reference range), its unit, how it is computed (one sentence, shown in reports and
 * FIDELITY.md) and the function computing it from a run's tallies and the reference
 * distributions. The value is NaN when the run has nothing to measure it on (no DNS, no truth).
 *
 * @param unit share, count, per host-day, bytes, seconds, bits (JSD), KS distance or AUC
 */
public record Statistic(String id, String unit, String what,
    ToDoubleBiFunction<Measured, Reference> compute) {
  public Statistic {
    if (!id.matches("[a-z0-9_]+(\\.[a-z0-9_]+)*")) {
      throw new IllegalArgumentException("statistic id must be dotted lower case: " + id);
    }
  }

  /** The value on a measured run. */
  double value(Measured m, Reference r) {
    return compute.applyAsDouble(m, r);
  }
}
