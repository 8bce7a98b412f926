package io.wormbench.evaluation.fidelity;

import java.util.Arrays;

/**
 * A small open-addressing set of {@code int}s (IPv4 addresses), cleared and reused per host
 * and day, so counting distinct destinations boxes nothing. Grows by doubling; never shrinks
 * below its largest day, which bounds it by the busiest host-day.
 */
final class IntSet {
  private static final int EMPTY = 0;
  private int[] slots = new int[16];
  private int size;
  private boolean hasZero;

  /** Adds {@code v}; true when it was new. */
  boolean add(int v) {
    if (v == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == v) {
        return false;
      }
      if (slots[i] == EMPTY) {
        slots[i] = v;
        size++;
        return true;
      }
    }
  }

  /** The number of distinct values added since the last clear. */
  int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** Empties the set, keeping its capacity. */
  void clear() {
    if (size > 0) {
      Arrays.fill(slots, EMPTY);
    }
    size = 0;
    hasZero = false;
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    size = 0;
    for (int v : old) {
      if (v != EMPTY) {
        add(v);
      }
    }
  }

  private static int mix(int v) {
    int h = v * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
