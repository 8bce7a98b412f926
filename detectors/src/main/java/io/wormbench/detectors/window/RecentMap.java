package io.wormbench.detectors.window;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A map whose entries live for a fixed time after their last update, e.g. "the last host that
 * opened RDP to this one, within 30 minutes". Entries are kept in update order, so expiry on
 * clock advance pops from the head: O(1) amortised, no timers.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class RecentMap<K, V> {
  private record Timed<V>(long ts, V value) {}

  private final long ttl;
  private final LinkedHashMap<K, Timed<V>> entries = new LinkedHashMap<>();

  /** Entries expire {@code ttl} microseconds after their last {@link #put}. */
  public RecentMap(long ttl) {
    if (ttl <= 0) {
      throw new IllegalArgumentException("ttl must be > 0");
    }
    this.ttl = ttl;
  }

  /** Sets {@code key} to {@code value} at {@code ts}. */
  public void put(long ts, K key, V value) {
    advance(ts);
    entries.remove(key);
    entries.put(key, new Timed<>(ts, value));
  }

  /** The live value of {@code key} at {@code now}. */
  public Optional<V> get(long now, K key) {
    Timed<V> t = entries.get(key);
    return t == null || t.ts() + ttl <= now ? Optional.empty() : Optional.of(t.value());
  }

  /** Drops entries that expired by {@code now}. */
  public void advance(long now) {
    Iterator<Map.Entry<K, Timed<V>>> it = entries.entrySet().iterator();
    while (it.hasNext()) {
      if (it.next().getValue().ts() + ttl > now) {
        return;
      }
      it.remove();
    }
  }

  /** Entries held, including expired ones not yet purged by an advance. */
  public int size() {
    return entries.size();
  }
}
