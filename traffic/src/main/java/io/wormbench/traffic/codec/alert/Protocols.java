package io.wormbench.traffic.codec.alert;

import java.util.Locale;

/** IP protocol names as tools write them ({@code TCP}, {@code udp}, {@code 6}) to IANA numbers. */
final class Protocols {
  private Protocols() {}

  /** The IANA number of {@code name}, 0 when unknown or empty. */
  static int number(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "tcp": return 6;
      case "udp": return 17;
      case "icmp": return 1;
      case "ipv6-icmp": case "icmpv6": case "icmp6": return 58;
      case "sctp": return 132;
      default:
        try {
          int v = Integer.parseInt(n);
          return v >= 0 && v <= 255 ? v : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
    }
  }
}
