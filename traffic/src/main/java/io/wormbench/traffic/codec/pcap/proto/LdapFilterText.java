package io.wormbench.traffic.codec.pcap.proto;

/**
 * The RFC 4515 text of a BER LDAP search filter (RFC 4511 section 4.5.1): and, or, not,
 * equality, substrings, ordering, presence and approximate matches; bytes outside printable
 * ASCII and the filter's special characters are written {@code \xx}.
 */
final class LdapFilterText {
  private LdapFilterText() {}

  static String of(byte[] b, Ber.Tlv f) {
    StringBuilder sb = new StringBuilder();
    append(b, f, sb, 0);
    return sb.toString();
  }

  private static void append(byte[] b, Ber.Tlv f, StringBuilder sb, int depth) {
    if (f == null || depth > 32) {
      return;
    }
    sb.append('(');
    switch (f.tag()) {
      case 0xa0, 0xa1, 0xa2 -> {
        sb.append(f.tag() == 0xa0 ? '&' : f.tag() == 0xa1 ? '|' : '!');
        for (int i = 0; Ber.nth(b, f, i) != null; i++) {
          append(b, Ber.nth(b, f, i), sb, depth + 1);
        }
      }
      case 0xa3, 0xa5, 0xa6, 0xa8 -> {
        sb.append(Ber.text(b, Ber.nth(b, f, 0)));
        sb.append(f.tag() == 0xa5 ? ">=" : f.tag() == 0xa6 ? "<=" : f.tag() == 0xa8 ? "~=" : "=");
        escape(b, Ber.nth(b, f, 1), sb);
      }
      case 0xa4 -> {
        sb.append(Ber.text(b, Ber.nth(b, f, 0))).append('=');
        Ber.Tlv subs = Ber.nth(b, f, 1);
        boolean first = true;
        boolean last = false;
        for (int i = 0; Ber.nth(b, subs, i) != null; i++) {
          Ber.Tlv s = Ber.nth(b, subs, i);
          if (s.tag() != 0x80 && first) {
            sb.append('*');
          }
          first = false;
          escape(b, s, sb);
          last = s.tag() == 0x82;
          if (!last) {
            sb.append('*');
          }
        }
        if (first) {
          sb.append('*');
        }
      }
      case 0x87 -> sb.append(Ber.text(b, f)).append("=*");
      default -> sb.append("?");
    }
    sb.append(')');
  }

  private static void escape(byte[] b, Ber.Tlv v, StringBuilder sb) {
    if (v == null) {
      return;
    }
    for (int i = v.start(); i < v.end(); i++) {
      int c = b[i] & 0xff;
      if (c < 0x20 || c >= 0x7f || c == '*' || c == '(' || c == ')' || c == '\\') {
        sb.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
      } else {
        sb.append((char) c);
      }
    }
  }
}
