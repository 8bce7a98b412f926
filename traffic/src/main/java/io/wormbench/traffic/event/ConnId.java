package io.wormbench.traffic.event;

import io.wormbench.traffic.net.Ipv4;

/**
 * Zeek's {@code conn_id}: originator and responder address and port. Addresses are IPv4 as
 * {@code int} (see {@link Ipv4}); ports are 0-65535.
 */
public record ConnId(int origH, int origP, int respH, int respP) {
  public ConnId {
    if (origP < 0 || origP > 65535 || respP < 0 || respP > 65535) {
      throw new IllegalArgumentException("port out of range: " + origP + " -> " + respP);
    }
  }

  @Override
  public String toString() {
    return Ipv4.format(origH) + ":" + origP + " -> " + Ipv4.format(respH) + ":" + respP;
  }
}
