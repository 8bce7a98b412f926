package io.wormbench.evaluation.fidelity;

import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Transport;

/**
 * A responder port key as an {@code int}: transport and port, with the IANA dynamic range
 * 49152-65535 (RFC 6335 section 6) folded into one key per transport, as REFERENCES.md's OTRF
 * figures count "tcp/49152+" (dynamic RPC endpoints would otherwise inflate the port count with
 * one key per ephemeral listener). At most 3 x 49,153 keys exist, so port tallies are bounded.
 */
final class PortKey {
  static final int DYNAMIC = 49152;

  private PortKey() {}

  /** The key of a connection's responder port. */
  static int of(Connection c) {
    return of(c.proto(), c.id().respP());
  }

  /** The key of {@code proto}/{@code port}. */
  static int of(Transport proto, int port) {
    return proto.ordinal() << 16 | Math.min(port, DYNAMIC);
  }

  /** The key's label, e.g. {@code udp/53} or {@code tcp/49152+}. */
  static String label(int key) {
    int port = key & 0xFFFF;
    return Transport.values()[key >>> 16].zeekName() + "/" + port + (port == DYNAMIC ? "+" : "");
  }

  /** The key of a label written by {@link #label}; throws IllegalArgumentException if bad. */
  static int parse(String label) {
    int slash = label.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("port key must look like tcp/445, not '" + label + "'");
    }
    Transport t = null;
    for (Transport x : Transport.values()) {
      if (x.zeekName().equals(label.substring(0, slash))) {
        t = x;
      }
    }
    String p = label.substring(slash + 1);
    if (p.endsWith("+")) {
      p = p.substring(0, p.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(p);
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (t == null || port < 0 || port > 65535) {
      throw new IllegalArgumentException("port key must look like tcp/445, not '" + label + "'");
    }
    return of(t, port);
  }
}
