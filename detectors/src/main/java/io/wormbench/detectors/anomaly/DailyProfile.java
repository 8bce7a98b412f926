package io.wormbench.detectors.anomaly;

import io.wormbench.traffic.time.Micros;
import java.util.Arrays;

/**
 * One device's time-of-day memory: for each window slot of the day (hour 0 to 23 for hourly
 * windows, in UTC, which keeps daily jobs in one slot whatever the site's zone), the largest
 * log-scale value of each feature the device showed in that slot during learning. Frozen at the
 * end of learning into an envelope that also takes in the neighbouring {@code slack} slots, so
 * a nightly job that starts a little earlier or later the next day still matches. This is the
 * time-of-day part of a device's pattern of life: a backup server moving gigabytes at 02:00 is
 * normal if it did so at 02:00 while the detector learned, and abnormal at 14:00.
 */
final class DailyProfile {
  private final int slots;
  private float[] max;

  /** A profile for days of {@code slots} windows. */
  DailyProfile(int slots) {
    this.slots = slots;
    this.max = new float[slots * Feature.ALL.length];
    Arrays.fill(max, Float.NaN);
  }

  /** The number of slots per day for {@code window}, or 0 when windows do not tile a day. */
  static int slotsPerDay(long window) {
    return window < Micros.DAY && Micros.DAY % window == 0 ? (int) (Micros.DAY / window) : 0;
  }

  /** The slot of the window starting at {@code start}. */
  static int slot(long start, long window) {
    return (int) (Math.floorMod(start, Micros.DAY) / window);
  }

  /** Learns one window's log-scale vector in its slot. */
  void learn(int slot, double[] v) {
    int base = slot * v.length;
    for (int i = 0; i < v.length; i++) {
      float x = (float) v[i];
      if (!(max[base + i] >= x)) { // NaN-aware: an unseen slot takes the first value
        max[base + i] = x;
      }
    }
  }

  /** Widens each slot to the largest value within {@code slack} slots either side. */
  void freeze(int slack) {
    int f = Feature.ALL.length;
    float[] env = new float[max.length];
    Arrays.fill(env, Float.NaN);
    for (int s = 0; s < slots; s++) {
      for (int d = -slack; d <= slack; d++) {
        int from = Math.floorMod(s + d, slots) * f;
        for (int i = 0; i < f; i++) {
          float x = max[from + i];
          if (!Float.isNaN(x) && !(env[s * f + i] >= x)) {
            env[s * f + i] = x;
          }
        }
      }
    }
    max = env;
  }

  /** The learned level of feature {@code i} around {@code slot}, NaN when never seen there. */
  double level(int slot, int i) {
    return max[slot * Feature.ALL.length + i];
  }
}
