package io.wormbench.traffic.truth;

import io.wormbench.traffic.net.Ipv4;
import java.io.Serializable;
import java.util.Objects;

/** One host of the simulated network: address, name, role, subnet name and software. */
public record HostInfo(int address, String name, HostRole role, String subnet,
    SoftwareProfile software) implements Serializable {
  public HostInfo {
    Objects.requireNonNull(software, "software");
  }

  /** A host whose software is not known. */
  public HostInfo(int address, String name, HostRole role, String subnet) {
    this(address, name, role, subnet, SoftwareProfile.UNKNOWN);
  }

  @Override
  public String toString() {
    return name + " (" + Ipv4.format(address) + ", " + role + ")";
  }
}
