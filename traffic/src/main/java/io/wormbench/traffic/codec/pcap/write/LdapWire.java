package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.codec.pcap.proto.LdapNames;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.LdapSearch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * LDAPMessages (RFC 4511 section 4) in BER for {@link LdapMessage} and {@link LdapSearch}
 * records, over TCP or CLDAP (UDP 389, the same messages one per datagram): simple and SASL
 * binds with their responses, unbind, extended operations, and searches with one
 * SearchResultEntry per counted result and a SearchResultDone. Filters are parsed from their
 * RFC 4515 text form ({@code &}, {@code |}, {@code !}, equality, presence, substrings,
 * {@code >=}, {@code <=}, {@code ~=}; {@code \XX} escapes). Operations other than these are
 * returned as null (the writer counts them as not rendered).
 */
public final class LdapWire {
  private LdapWire() {}

  /** The request of a non-search operation, or null when the opcode is not rendered. */
  public static byte[] request(LdapMessage m) {
    byte[] op = switch (m.opcode()) {
      case "bind simple" -> Ber.app(0, Ber.integer(m.version()), Ber.text(0x04, m.object()),
          Ber.text(0x80, m.argument()));
      case "bind SASL" -> Ber.app(0, Ber.integer(m.version()), Ber.text(0x04, m.object()),
          Ber.ctx(3, Ber.text(0x04, m.argument())));
      case "unbind" -> new byte[] {0x42, 0x00};
      case "extended" -> Ber.app(23, Ber.text(0x80, oid(m.object())));
      default -> null;
    };
    return op == null ? null : Ber.seq(Ber.integer(m.messageId()), op);
  }

  /** The response, or null for an unbind or an operation without a result. */
  public static byte[] response(LdapMessage m) {
    if (m.opcode().equals("unbind") || m.result().isEmpty()) {
      return null;
    }
    int tag = m.opcode().equals("extended") ? 24 : 1;
    return Ber.seq(Ber.integer(m.messageId()), Ber.app(tag, result(m.result(),
        m.diagnosticMessage())));
  }

  /** The SearchRequest. */
  public static byte[] searchRequest(LdapSearch s) {
    List<byte[]> attrs = new ArrayList<>();
    for (String a : s.attributes()) {
      attrs.add(Ber.text(0x04, a));
    }
    return Ber.seq(Ber.integer(s.messageId()), Ber.app(3, Ber.text(0x04, s.baseObject()),
        Ber.enumerated(LdapNames.scopeCode(s.scope())),
        Ber.enumerated(LdapNames.derefCode(s.derefAliases())), Ber.integer(0), Ber.integer(0),
        Ber.bool(false), filter(s.filter()), Ber.seq(attrs.toArray(new byte[0][]))));
  }

  /** The {@code i}-th SearchResultEntry. */
  public static byte[] searchEntry(LdapSearch s, int i) {
    String dn = "CN=entry" + i + (s.baseObject().isEmpty() ? "" : "," + s.baseObject());
    return Ber.seq(Ber.integer(s.messageId()), Ber.app(4, Ber.text(0x04, dn),
        Ber.seq(Ber.seq(Ber.text(0x04, "objectClass"), Ber.tlv(0x31, Ber.text(0x04, "top"))))));
  }

  /** The SearchResultDone. */
  public static byte[] searchDone(LdapSearch s) {
    return Ber.seq(Ber.integer(s.messageId()), Ber.app(5, result(s.result(),
        s.diagnosticMessage())));
  }

  /** The LDAPResult fields (resultCode, matchedDN, diagnosticMessage). */
  private static byte[] result(String name, String diagnostic) {
    return concat(Ber.enumerated(LdapNames.resultCode(name)), Ber.text(0x04, ""),
        Ber.text(0x04, diagnostic));
  }

  /** Zeek appends " (name)" to a known extended operation's OID; the wire carries the OID. */
  private static String oid(String object) {
    int space = object.indexOf(' ');
    return space < 0 ? object : object.substring(0, space);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  /** The BER Filter for RFC 4515 text; an unparsable filter becomes {@code (objectClass=*)}. */
  static byte[] filter(String text) {
    int[] at = {0};
    byte[] f = text.isEmpty() ? null : parse(text, at);
    return f == null || at[0] != text.length() ? Ber.text(0x87, "objectClass") : f;
  }

  private static byte[] parse(String s, int[] at) {
    if (at[0] >= s.length() || s.charAt(at[0]) != '(') {
      return null;
    }
    at[0]++;
    if (at[0] >= s.length()) {
      return null;
    }
    char c = s.charAt(at[0]);
    byte[] out;
    if (c == '&' || c == '|' || c == '!') {
      at[0]++;
      List<byte[]> parts = new ArrayList<>();
      while (at[0] < s.length() && s.charAt(at[0]) == '(') {
        byte[] p = parse(s, at);
        if (p == null) {
          return null;
        }
        parts.add(p);
      }
      out = Ber.tlv(c == '&' ? 0xa0 : c == '|' ? 0xa1 : 0xa2, parts.toArray(new byte[0][]));
    } else {
      int close = s.indexOf(')', at[0]);
      if (close < 0) {
        return null;
      }
      out = item(s.substring(at[0], close));
      at[0] = close;
      if (out == null) {
        return null;
      }
    }
    if (at[0] >= s.length() || s.charAt(at[0]) != ')') {
      return null;
    }
    at[0]++;
    return out;
  }

  private static byte[] item(String item) {
    int eq = item.indexOf('=');
    if (eq <= 0) {
      return null;
    }
    char before = item.charAt(eq - 1);
    String value = item.substring(eq + 1);
    if (before == '>' || before == '<' || before == '~') {
      String attr = item.substring(0, eq - 1);
      int tag = before == '>' ? 0xa5 : before == '<' ? 0xa6 : 0xa8;
      return Ber.tlv(tag, Ber.text(0x04, attr), Ber.tlv(0x04, unescape(value)));
    }
    String attr = item.substring(0, eq);
    if (value.equals("*")) {
      return Ber.text(0x87, attr);
    }
    if (!value.contains("*")) {
      return Ber.tlv(0xa3, Ber.text(0x04, attr), Ber.tlv(0x04, unescape(value)));
    }
    String[] parts = value.split("\\*", -1);
    List<byte[]> subs = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        int tag = i == 0 ? 0x80 : i == parts.length - 1 ? 0x82 : 0x81;
        subs.add(Ber.tlv(tag, unescape(parts[i])));
      }
    }
    return Ber.tlv(0xa4, Ber.text(0x04, attr), Ber.seq(subs.toArray(new byte[0][])));
  }

  /** RFC 4515 value escapes: {@code \XX} is one byte. */
  static byte[] unescape(String v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = v.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\\' && i + 2 < b.length && Character.digit(b[i + 1], 16) >= 0
          && Character.digit(b[i + 2], 16) >= 0) {
        out.write(Character.digit(b[i + 1], 16) << 4 | Character.digit(b[i + 2], 16));
        i += 2;
      } else {
        out.write(b[i]);
      }
    }
    return out.toByteArray();
  }
}
