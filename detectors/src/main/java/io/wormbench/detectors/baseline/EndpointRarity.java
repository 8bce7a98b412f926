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
 *
 * <p>Rarity is relative to the population: {@link #prevalence} is the smoothed share
 * (n + 1/2) / (N + 1) of the N internal devices seen using DNS, HTTP or TLS (the Jeffreys
 * estimate of a binomial proportion), so an update vendor used by 2 of 38 workstations is
 * common in that office while 2 of 900 is rare. A name also counts the devices of its
 * registered domain ({@code dl.vendor.example} shares {@code vendor.example}'s devices), so a
 * vendor's many mirror names are popular together, as passive-DNS popularity is computed.
 */
public final class EndpointRarity {
  /** The cap of the engine's shared baseline: rarity thresholds must stay below it. */
  public static final int CAP = 64;

  private final int cap;
  private final IntSet population = new IntSet();
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
      population.add(orig);
      name(h.host(), orig);
    } else if (event instanceof TlsHandshake t) {
      population.add(orig);
      name(t.serverName(), orig);
    } else if (event instanceof DnsQuery d) {
      population.add(orig);
      name(d.query(), orig);
    }
  }

  private void name(String name, int device) {
    if (!name.isEmpty()) {
      String n = normalise(name);
      if (looksLikeAddress(n)) {
        return; // a bare address is counted by address, not as a name
      }
      add(n, device);
      String domain = registeredDomain(n);
      if (domain != null) {
        add(domain, device);
      }
    }
  }

  private void add(String key, int device) {
    IntSet s = byName.computeIfAbsent(key, k -> new IntSet());
    if (s.size() < cap) {
      s.add(device);
    }
  }

  /**
   * Internal devices seen resolving names or speaking HTTP or TLS so far: the population an
   * endpoint's rarity is judged in (servers that never browse do not dilute it).
   */
  public int population() {
    return population.size();
  }

  /**
   * The smoothed share of the population that used the endpoint, by address or name:
   * (n + 1/2) / (N + 1), with N at least n.
   */
  public double prevalence(int address, String name) {
    int n = devices(address, name);
    return (n + 0.5) / (Math.max(n, population()) + 1.0);
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

  /**
   * Distinct internal devices that used external {@code name} or its registered domain
   * (capped); 0 for "".
   */
  public int devices(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    String n = normalise(name);
    IntSet s = byName.get(n);
    int count = s == null ? 0 : s.size();
    String domain = registeredDomain(n);
    IntSet d = domain == null ? null : byName.get(domain);
    return d == null ? count : Math.max(count, d.size());
  }

  /**
   * The last two labels of {@code name} (three under a two-letter country code with a short
   * second level such as {@code co.uk}), or null when the name is no longer than that: an
   * approximation of the public-suffix rule good enough for grouping a vendor's hosts.
   */
  static String registeredDomain(String name) {
    for (String suffix : RESERVED_SUFFIXES) {
      if (name.endsWith(suffix)) {
        // The suffix plays the part of a top-level domain (simulated worlds and lab networks
        // name their endpoints under it), so the registered domain is one label more.
        int dot = name.lastIndexOf('.', name.length() - suffix.length() - 1);
        return dot < 0 ? null : name.substring(dot + 1);
      }
    }
    int last = name.lastIndexOf('.');
    if (last <= 0) {
      return null;
    }
    int second = name.lastIndexOf('.', last - 1);
    if (second < 0) {
      return null;
    }
    boolean ccSecondLevel = name.length() - last - 1 == 2 && last - second - 1 <= 3;
    int cut = second;
    if (ccSecondLevel) {
      cut = name.lastIndexOf('.', second - 1);
      if (cut < 0) {
        return null;
      }
    }
    return name.substring(cut + 1);
  }

  /**
   * Names reserved for documentation and testing (RFC 2606 second-level domains, RFC 6761
   * special-use top-level domains), each with its leading dot. Grouping by "the last two
   * labels" would make {@code example.com} one registered domain holding every endpoint named
   * under it, and no such endpoint would ever be rare.
   */
  private static final String[] RESERVED_SUFFIXES = {
    ".example.com", ".example.net", ".example.org", ".example", ".test", ".invalid", ".localhost"
  };

  private static boolean looksLikeAddress(String n) {
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!(c == '.' || c == ':' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return n.indexOf('.') >= 0 ? n.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))
        : n.indexOf(':') >= 0;
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
