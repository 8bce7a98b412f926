package io.wormbench.detectors.anomaly;

import io.wormbench.traffic.time.Micros;

/**
 * What the learning period saw of the week: learned device-windows per (kind of day, slot of
 * day), organisation-wide. A kind of day is weekday or weekend, or the day of the week when
 * learning spanned at least seven days (then weekly structure, such as a Wednesday patch
 * run, is learned). A cell in which any device-window was learned is seen (how many devices
 * were active then is itself what was learned);
 * {@link #coverage()} is the share of cells seen. A window in an unseen cell is judged against
 * the device's and its peer group's overall level (what is known about it), with the evidence
 * it needs raised in proportion: its scale is divided by the coverage, so after six night
 * hours of learning (coverage 0.125 of weekday and weekend hours) a working hour needs eight
 * times the usual evidence, and a baseline that covers nothing yet is insufficient and raises
 * no alert. This is the shrinkage of empirical Bayes in its simplest form: where a cell has no
 * data of its own, it has the pooled estimate and a wider interval.
 */
final class LearningCoverage {
  private final long window;
  private final int slots;
  private final int[] learned;
  private long first = Long.MAX_VALUE;
  private long last = Long.MIN_VALUE;
  private boolean weekly;
  private boolean[] seen;
  private double coverage = 1.0;

  /** Coverage over days of {@code slots} windows of {@code window} each (slots > 0). */
  LearningCoverage(long window, int slots) {
    this.window = window;
    this.slots = slots;
    this.learned = new int[7 * slots];
  }

  /** Counts one learned device-window starting at {@code start}. */
  void learn(long start) {
    learned[dayOfWeek(start) * slots + DailyProfile.slot(start, window)]++;
    first = Math.min(first, start);
    last = Math.max(last, start);
  }

  /** Ends learning: decides weekly or weekday/weekend cells and which are seen. */
  void freeze(int minWindows) {
    weekly = last != Long.MIN_VALUE && last + window - first >= 7 * Micros.DAY;
    int kinds = weekly ? 7 : 2;
    int[] cells = new int[kinds * slots];
    for (int d = 0; d < 7; d++) {
      int kind = weekly ? d : d >= 5 ? 1 : 0;
      for (int s = 0; s < slots; s++) {
        cells[kind * slots + s] += learned[d * slots + s];
      }
    }
    seen = new boolean[cells.length];
    int n = 0;
    for (int i = 0; i < cells.length; i++) {
      seen[i] = cells[i] >= minWindows;
      n += seen[i] ? 1 : 0;
    }
    coverage = n / (double) cells.length;
  }

  /** Share of (kind of day, slot) cells the learning period saw, in [0, 1]. */
  double coverage() {
    return coverage;
  }

  /** True when learning spanned a week and cells are days of the week. */
  boolean weekly() {
    return weekly;
  }

  /** Cells of the frozen coverage: kinds of day times slots. */
  int cells() {
    return seen.length;
  }

  /** True when the cell of the window starting at {@code start} was seen while learning. */
  boolean seen(long start) {
    int d = dayOfWeek(start);
    int kind = weekly ? d : d >= 5 ? 1 : 0;
    return seen[kind * slots + DailyProfile.slot(start, window)];
  }

  /**
   * The factor by which the window's evidence is discounted: 1 in a seen cell, the coverage
   * in an unseen one.
   */
  double weight(long start) {
    return seen(start) ? 1.0 : coverage;
  }

  /** Monday 0 ... Sunday 6, in UTC (1970-01-01 was a Thursday). */
  static int dayOfWeek(long micros) {
    return (int) Math.floorMod(Math.floorDiv(micros, Micros.DAY) + 3, 7L);
  }
}
