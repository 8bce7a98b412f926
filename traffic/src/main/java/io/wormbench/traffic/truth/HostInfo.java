package io.wormbench.traffic.truth;

import io.wormbench.traffic.net.Ipv4;

/** One host of the simulated network: address, name, role and subnet name. */
public record HostInfo(int address, String name, HostRole role, String subnet) {
  @Override
  public String toString() {
    return name + " (" + Ipv4.format(address) + ", " + role + ")";
  }
}
