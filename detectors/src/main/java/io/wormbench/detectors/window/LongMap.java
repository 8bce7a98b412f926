package io.wormbench.detectors.window;

import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * A map from {@code long} keys (addresses, address pairs) to values, without boxing, with
 * open addressing and a strong mix of the key bits, and iteration in insertion order. Java's
 * HashMap hashes an {@code Integer} to itself, so addresses that differ only in their third
 * octet pile into a few buckets; on the per-event paths that cost more than all else. No
 * removal: maps that must forget are replaced or cleared.
 *
 * @param <V> the value
 */
public final class LongMap<V> {
  private long[] keys = new long[8];
  private Object[] values = new Object[8];
  private int[] table = new int[16]; // entry index + 1; 0 = free
  private int size;

  /** The value of {@code key}, or null when absent (internal helper; never escapes an API). */
  @SuppressWarnings("unchecked")
  public V get(long key) {
    int mask = table.length - 1;
    for (int i = mix(key) & mask; table[i] != 0; i = (i + 1) & mask) {
      int e = table[i] - 1;
      if (keys[e] == key) {
        return (V) values[e];
      }
    }
    return null;
  }

  /** The value of {@code key}, created by {@code create} when absent. */
  @SuppressWarnings("unchecked")
  public V computeIfAbsent(long key, LongFunction<V> create) {
    int mask = table.length - 1;
    int i = mix(key) & mask;
    for (; table[i] != 0; i = (i + 1) & mask) {
      int e = table[i] - 1;
      if (keys[e] == key) {
        return (V) values[e];
      }
    }
    V v = create.apply(key);
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = v;
    table[i] = ++size;
    if (size * 2 > table.length) {
      rehash();
    }
    return v;
  }

  /** Number of entries. */
  public int size() {
    return size;
  }

  /** The key of the {@code i}-th entry in insertion order. */
  public long keyAt(int i) {
    return keys[i];
  }

  /** The value of the {@code i}-th entry in insertion order. */
  @SuppressWarnings("unchecked")
  public V valueAt(int i) {
    return (V) values[i];
  }

  private void rehash() {
    table = new int[table.length * 2];
    int mask = table.length - 1;
    for (int e = 0; e < size; e++) {
      int i = mix(keys[e]) & mask;
      while (table[i] != 0) {
        i = (i + 1) & mask;
      }
      table[i] = e + 1;
    }
  }

  /** Murmur3's 64-bit finaliser: every key bit affects the low bits used as the index. */
  static int mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return (int) k;
  }
}
