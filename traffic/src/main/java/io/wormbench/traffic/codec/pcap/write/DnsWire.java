package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.DnsQuery;
import java.util.List;

/**
 * DNS messages (RFC 1035) for a {@link DnsQuery}: the query with its class and RD flag, and the
 * response with its rcode, AA/TC/RD/RA flags and answers with their TTLs (300 s when the record
 * has none): dotted quads as A, IPv6 text as AAAA (RFC 3596), names as SRV (RFC 2782, port from
 * the service label) for SRV queries, PTR for PTR queries, else CNAME. Padding, when a byte budget asks for
 * it, is an EDNS(0) OPT record with the RFC 7830 Padding option, which every resolver ignores.
 */
public final class DnsWire {
  private DnsWire() {}

  /** Bytes an OPT record with an empty padding option adds; padding can only add this or more. */
  public static final int MIN_PAD = 15;

  /** The query message; {@code pad} extra bytes (0 or >= {@link #MIN_PAD}). */
  public static byte[] query(int id, DnsQuery q, int pad) {
    Wire w = new Wire();
    w.be16(id).be16(q.rd() ? 0x0100 : 0).be16(1).be16(0).be16(0).be16(pad > 0 ? 1 : 0);
    question(w, q);
    padding(w, pad);
    return w.toArray();
  }

  /** The response message; {@code pad} extra bytes (0 or >= {@link #MIN_PAD}). */
  public static byte[] response(int id, DnsQuery q, int pad) {
    Wire w = new Wire();
    List<String> answers = q.answers();
    int flags = 0x8000 | (q.aa() ? 0x0400 : 0) | (q.tc() ? 0x0200 : 0) | (q.rd() ? 0x0100 : 0)
        | (q.ra() ? 0x0080 : 0) | rcode(q.rcode());
    w.be16(id).be16(flags).be16(1).be16(answers.size()).be16(0).be16(pad > 0 ? 1 : 0);
    question(w, q);
    for (int i = 0; i < answers.size(); i++) {
      String a = answers.get(i);
      long ttl = i < q.ttls().size() ? q.ttls().get(i) / 1_000_000 : 300;
      w.be16(0xc00c);
      int[] ip = ipv4(a);
      byte[] v6 = ip == null && a.indexOf(':') >= 0 ? DnsAnswers.ipv6(a) : null;
      if (ip != null) {
        w.be16(1).be16(1).be32(ttl).be16(4);
        for (int o : ip) {
          w.u8(o);
        }
      } else if (v6 != null) {
        w.be16(28).be16(1).be32(ttl).be16(16).bytes(v6);
      } else if (q.qtype().equals("SRV")) {
        byte[] name = name(a);
        w.be16(33).be16(1).be32(ttl).be16(6 + name.length).be16(0).be16(100)
            .be16(DnsAnswers.srvPort(q.query())).bytes(name);
      } else {
        byte[] name = name(a);
        w.be16(q.qtype().equals("PTR") ? 12 : 5).be16(1).be32(ttl).be16(name.length).bytes(name);
      }
    }
    padding(w, pad);
    return w.toArray();
  }

  private static void question(Wire w, DnsQuery q) {
    w.bytes(name(q.query())).be16(qtype(q.qtype())).be16(q.qclass());
  }

  private static void padding(Wire w, int pad) {
    if (pad <= 0) {
      return;
    }
    int data = pad - MIN_PAD;
    w.u8(0).be16(41).be16(1232).be32(0).be16(4 + data).be16(12).be16(data).zeros(data);
  }

  static byte[] name(String dotted) {
    Wire w = new Wire();
    if (!dotted.isEmpty()) {
      for (String label : dotted.split("\\.")) {
        byte[] l = label.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        w.u8(Math.min(l.length, 63)).bytes(l, 0, Math.min(l.length, 63));
      }
    }
    return w.u8(0).toArray();
  }

  private static int[] ipv4(String s) {
    String[] p = s.split("\\.");
    if (p.length != 4) {
      return null;
    }
    int[] o = new int[4];
    for (int i = 0; i < 4; i++) {
      if (p[i].isEmpty() || p[i].length() > 3 || !p[i].chars().allMatch(Character::isDigit)) {
        return null;
      }
      o[i] = Integer.parseInt(p[i]);
      if (o[i] > 255) {
        return null;
      }
    }
    return o;
  }

  static int qtype(String name) {
    return switch (name) {
      case "A" -> 1;
      case "NS" -> 2;
      case "CNAME" -> 5;
      case "SOA" -> 6;
      case "PTR" -> 12;
      case "MX" -> 15;
      case "TXT" -> 16;
      case "AAAA" -> 28;
      case "NB" -> 32;
      case "SRV" -> 33;
      case "*" -> 255;
      default -> name.startsWith("TYPE") ? Integer.parseInt(name.substring(4)) : 1;
    };
  }

  static int rcode(String name) {
    return switch (name) {
      case "FORMERR" -> 1;
      case "SERVFAIL" -> 2;
      case "NXDOMAIN" -> 3;
      case "NOTIMP" -> 4;
      case "REFUSED" -> 5;
      default -> 0;
    };
  }
}
