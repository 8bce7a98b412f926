package io.wormbench.detectors.baseline;

import io.wormbench.detectors.window.DistinctCounter;
import io.wormbench.detectors.window.IntSet;
import io.wormbench.detectors.window.LongMap;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.TlsHandshake;
import io.wormbench.traffic.net.Ipv4;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Organisation-wide popularity of external endpoints: how many distinct internal devices
 * contacted each external address, and each external name (DNS query, HTTP Host, TLS SNI).
 * This is the "rare destination" notion of Darktrace-style and RITA-style analytics and of
 * Bilge et al.'s EXPOSURE: an endpoint few devices of the organisation have ever talked to is
 * rare. Counting starts with the learning period and keeps going, so an endpoint that becomes
 * popular later stops being rare; counts cap at {@code cap} devices.
 */
public final class EndpointRarity {
  private final int cap;
  private final DistinctCounter byAddress;
  private final Map<String, IntSet> byName = new HashMap<>();

  /** Tracks up to {@code cap} devices per endpoint; rarity thresholds must be below it. */
  public EndpointRarity(int cap) {
    this.cap = cap;
    byAddress = new DistinctCounter(cap);
  }

  /** Records who talks to which external endpoint. Cheap for events it does not use. */
  public void observe(Event event) {
    int orig = event.id().origH();
    if (!Ipv4.isPrivate(orig)) {
      return;
    }
    if (event instanceof Connection c && !c.update()) {
      if (!Ipv4.isPrivate(c.id().respH()) && c.id().respH() != Ipv4.NONE) {
        byAddress.add(c.id().respH(), orig);
      }
    } else if (event instanceof HttpTransaction h) {
      name(h.host(), orig);
    } else if (event instanceof TlsHandshake t) {
      name(t.serverName(), orig);
    } else if (event instanceof DnsQuery d) {
      name(d.query(), orig);
    }
  }

  private void name(String name, int device) {
    if (!name.isEmpty()) {
      IntSet s = byName.computeIfAbsent(normalise(name), n -> new IntSet());
      if (s.size() < cap) {
        s.add(device);
      }
    }
  }

  /** Distinct internal devices that contacted external {@code address} (capped). */
  public int devices(int address) {
    return byAddress.count(address);
  }

  /**
   * Per external address, the devices counted so far (capped), as a frozen copy: what a
   * detector that judges rarity against the learning period takes at its end.
   */
  public LongMap<Integer> addressCounts() {
    return byAddress.snapshot();
  }

  /** Distinct internal devices that used external {@code name} (capped); 0 for "". */
  public int devices(String name) {
    IntSet s = name.isEmpty() ? null : byName.get(normalise(name));
    return s == null ? 0 : s.size();
  }

  /**
   * Devices that know the endpoint by address or by name, whichever is more: an update server
   * behind many addresses is still popular by name.
   */
  public int devices(int address, String name) {
    return Math.max(devices(address), devices(name));
  }

  private static String normalise(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int colon = n.lastIndexOf(':');
    return colon > 0 && n.indexOf(':') == colon ? n.substring(0, colon) : n;
  }
}
