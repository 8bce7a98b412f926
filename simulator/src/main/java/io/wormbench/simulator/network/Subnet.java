package io.wormbench.simulator.network;

import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.spec.SpecNode;

/** A named IPv4 subnet in CIDR notation; hosts get consecutive addresses from {@code .1} on. */
public record Subnet(String name, int network, int prefix) {
  /** Parses {@code 10.20.0.0/16} from a spec node, naming the field on error. */
  static Subnet parse(String name, SpecNode node) {
    String text = node.text();
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        throw new IllegalArgumentException();
      }
      int prefix = Integer.parseInt(text.substring(slash + 1));
      if (prefix < 8 || prefix > 30) {
        throw node.error("prefix must be between /8 and /30, not /" + prefix);
      }
      int net = Ipv4.parse(text.substring(0, slash)) & (-1 << (32 - prefix));
      if (!Ipv4.isPrivate(net)) {
        throw node.error("must be RFC 1918 private space, not '" + text + "'");
      }
      return new Subnet(name, net, prefix);
    } catch (IllegalArgumentException e) {
      throw node.error("must be a subnet such as 10.20.0.0/16, not '" + text + "'");
    }
  }

  /** Number of usable host addresses. */
  int capacity() {
    return (1 << (32 - prefix)) - 2;
  }

  /** The {@code i}-th host address (0-based). */
  int address(int i) {
    return network + 1 + i;
  }

  @Override
  public String toString() {
    return Ipv4.format(network) + "/" + prefix;
  }
}
