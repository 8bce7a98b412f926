package io.wormbench.traffic.codec.pcap.write;

/** Answer encodings the DNS writer needs beyond names and dotted quads (RFC 3596, RFC 2782). */
final class DnsAnswers {
  private DnsAnswers() {}

  /** The 16 bytes of an IPv6 address in RFC 5952 text ({@code ::} allowed), or null. */
  static byte[] ipv6(String text) {
    String[] halves = text.split("::", -1);
    if (halves.length > 2) {
      return null;
    }
    String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
    String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
    if (halves.length == 1 ? head.length != 8 : head.length + tail.length > 7) {
      return null;
    }
    byte[] out = new byte[16];
    try {
      for (int i = 0; i < head.length; i++) {
        put(out, i, head[i]);
      }
      for (int i = 0; i < tail.length; i++) {
        put(out, 8 - tail.length + i, tail[i]);
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return out;
  }

  private static void put(byte[] out, int group, String hex) {
    if (hex.isEmpty() || hex.length() > 4) {
      throw new NumberFormatException(hex);
    }
    int v = Integer.parseInt(hex, 16);
    out[2 * group] = (byte) (v >>> 8);
    out[2 * group + 1] = (byte) v;
  }

  /** The port an SRV answer advertises, by the service label of the query. */
  static int srvPort(String query) {
    if (query.startsWith("_ldap.") || query.startsWith("_ldap._")) {
      return 389;
    }
    if (query.startsWith("_kerberos.") || query.startsWith("_kpasswd.")) {
      return query.startsWith("_kpasswd.") ? 464 : 88;
    }
    if (query.startsWith("_gc.")) {
      return 3268;
    }
    return query.startsWith("_sip.") ? 5060 : 443;
  }
}
