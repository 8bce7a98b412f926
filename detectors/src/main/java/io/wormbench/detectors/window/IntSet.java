package io.wormbench.detectors.window;

import java.util.Arrays;

/**
 * A set of {@code int} values (addresses, ports) with open addressing and no boxing, for the
 * per-device distinct counts that run on every connection. Zero is stored out of band because
 * it marks free slots.
 */
public final class IntSet {
  private int[] slots;
  private int size;
  private boolean hasZero;

  /** An empty set sized for a handful of values. */
  public IntSet() {
    slots = new int[8];
  }

  /** Adds {@code v}; true when it was not present. */
  public boolean add(int v) {
    if (v == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = mix(v) & mask;
    while (slots[i] != 0) {
      if (slots[i] == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = v;
    size++;
    return true;
  }

  /** True when {@code v} is in the set. */
  public boolean contains(int v) {
    if (v == 0) {
      return hasZero;
    }
    int mask = slots.length - 1;
    int i = mix(v) & mask;
    while (slots[i] != 0) {
      if (slots[i] == v) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /** Number of values. */
  public int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** Removes every value, keeping the capacity. */
  public void clear() {
    Arrays.fill(slots, 0);
    size = 0;
    hasZero = false;
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    size = 0;
    for (int v : old) {
      if (v != 0) {
        add(v);
      }
    }
  }

  private static int mix(int v) {
    return LongMap.mix(v);
  }
}
