package io.wormbench.traffic.net;

/**
 * IPv4 addresses as {@code int}, the representation every hot path uses. Unsigned order is
 * the numeric order of the dotted quad; {@link #format(int)} and {@link #parse(String)} convert
 * at the edges (codecs, reports). Internal means RFC 1918 private space, which is what an
 * enterprise detector without an asset inventory assumes.
 */
public final class Ipv4 {
  /** The unspecified address 0.0.0.0, used where an alert has no peer. */
  public static final int NONE = 0;

  private Ipv4() {}

  /** Builds an address from its four octets. */
  public static int of(int a, int b, int c, int d) {
    return (a & 0xff) << 24 | (b & 0xff) << 16 | (c & 0xff) << 8 | (d & 0xff);
  }

  /** Parses a dotted quad; throws {@link IllegalArgumentException} naming the text otherwise. */
  public static int parse(String text) {
    int value = 0;
    int octet = -1;
    int dots = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
        if (octet > 255) {
          throw new IllegalArgumentException("not an IPv4 address: '" + text + "'");
        }
      } else if (c == '.' && octet >= 0 && dots < 3) {
        value = value << 8 | octet;
        octet = -1;
        dots++;
      } else {
        throw new IllegalArgumentException("not an IPv4 address: '" + text + "'");
      }
    }
    if (dots != 3 || octet < 0) {
      throw new IllegalArgumentException("not an IPv4 address: '" + text + "'");
    }
    return value << 8 | octet;
  }

  /** Formats as a dotted quad. */
  public static String format(int address) {
    return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "."
        + (address & 0xff);
  }

  /** True for RFC 1918 private space (10/8, 172.16/12, 192.168/16). */
  public static boolean isPrivate(int address) {
    int a = address >>> 24;
    int b = address >>> 16 & 0xff;
    return a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168);
  }

  /**
   * True for the address space a site treats as its own when it declares no local networks:
   * RFC 1918 private space and RFC 6598 shared address space (100.64/10, carrier-grade NAT).
   */
  public static boolean isLocal(int address) {
    return isPrivate(address) || (address >>> 22) == (100 << 2 | 1);
  }

  /** True when the address lies in {@code network/prefix}. */
  public static boolean inSubnet(int address, int network, int prefix) {
    if (prefix == 0) {
      return true;
    }
    int mask = -1 << (32 - prefix);
    return (address & mask) == (network & mask);
  }
}
