package io.wormbench.detectors.window;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alert suppression per key, as Suricata's {@code threshold: type limit} and Zeek's
 * {@code Notice::suppress_interval}: after an alert on a key, further alerts on it are held back
 * for a hold-off period unless the score has risen by at least a step, so a long attack yields
 * a few alerts of rising score rather than one per event. Entries expire on clock advance.
 *
 * @param <K> the key, e.g. a source address or a source-destination pair
 */
public final class AlertGate<K> {
  private final long holdOff;
  private final double step;
  private final LinkedHashMap<K, long[]> last = new LinkedHashMap<>();

  /** Holds alerts on a key for {@code holdOff} micros unless the score rises by {@code step}. */
  public AlertGate(long holdOff, double step) {
    this.holdOff = holdOff;
    this.step = step;
  }

  /** True if an alert with {@code score} on {@code key} at {@code ts} should go out; records it. */
  public boolean allow(long ts, K key, double score) {
    advance(ts);
    long[] prev = last.get(key);
    if (prev != null && score < Double.longBitsToDouble(prev[1]) + step) {
      return false;
    }
    // Re-inserting keeps the map ordered by last alert time, which advance relies on.
    last.remove(key);
    last.put(key, new long[] {ts, Double.doubleToLongBits(score)});
    return true;
  }

  /** Forgets keys whose last alert is older than the hold-off. */
  public void advance(long now) {
    Iterator<Map.Entry<K, long[]>> it = last.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<K, long[]> e = it.next();
      if (e.getValue()[0] + holdOff > now) {
        return;
      }
      it.remove();
    }
  }
}
