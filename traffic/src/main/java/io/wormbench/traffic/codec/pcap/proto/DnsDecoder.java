package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.DnsQuery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DNS over UDP (RFC 1035, AAAA from RFC 3596): pairs each query with its response by
 * transaction id and emits one {@link DnsQuery} per pair at the query's time, as a row of
 * Zeek's dns.log. Answers are A/AAAA addresses and CNAME/PTR/NS/MX names in order; queries
 * left unanswered are emitted with an empty rcode when the flow ends.
 */
final class DnsDecoder extends AppDecoder {
  private record Pending(long ts, String query, String qtype, int qclass, boolean rd) {}

  private final Map<Integer, ArrayDeque<Pending>> pending = new LinkedHashMap<>();
  private final boolean netbios;

  /** @param netbios NetBIOS name service (RFC 1002) on port 137: names are decoded. */
  DnsDecoder(boolean netbios) {
    this.netbios = netbios;
  }

  @Override
  public String service() {
    return "dns";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int end = off + len;
    if (len < 12) {
      f.log().add(f.offset(), SkipLog.APP_MALFORMED, "DNS message of " + len + " bytes");
      return;
    }
    int id = Bytes.be16(b, off, end);
    int flags = Bytes.be16(b, off + 2, end);
    int qd = Bytes.be16(b, off + 4, end);
    int an = Bytes.be16(b, off + 6, end);
    boolean response = (flags & 0x8000) != 0;
    StringBuilder name = new StringBuilder();
    int p = off + 12;
    String query = "";
    String qtype = "";
    int qclass = 0;
    if (qd > 0) {
      p = readName(b, off, p, end, name);
      if (p < 0 || p + 4 > end) {
        f.log().add(f.offset(), SkipLog.APP_MALFORMED, "DNS question");
        return;
      }
      query = netbios ? netbiosName(name.toString()) : name.toString();
      qtype = typeName(Bytes.be16(b, p, end));
      qclass = Bytes.be16(b, p + 2, end);
      p += 4;
      for (int i = 1; i < qd && p > 0; i++) {
        p = readName(b, off, p, end, new StringBuilder());
        p = p < 0 ? -1 : p + 4;
      }
    }
    confirmed = true;
    if (!response) {
      pending.computeIfAbsent(id, k -> new ArrayDeque<>())
          .add(new Pending(ts, query, qtype, qclass, (flags & 0x0100) != 0));
      return;
    }
    List<String> answers = new ArrayList<>();
    List<Long> ttls = new ArrayList<>();
    for (int i = 0; i < an && p > 0 && p < end; i++) {
      p = readName(b, off, p, end, new StringBuilder());
      if (p < 0 || p + 10 > end) {
        break;
      }
      int type = Bytes.be16(b, p, end);
      long ttl = (long) Bytes.be16(b, p + 4, end) << 16 | Bytes.be16(b, p + 6, end);
      int rdlen = Bytes.be16(b, p + 8, end);
      int rd = p + 10;
      if (rd + rdlen > end) {
        break;
      }
      int before = answers.size();
      if (type == 1 && rdlen == 4) {
        answers.add((b[rd] & 0xff) + "." + (b[rd + 1] & 0xff) + "." + (b[rd + 2] & 0xff) + "."
            + (b[rd + 3] & 0xff));
      } else if (type == 28 && rdlen == 16) {
        answers.add(ipv6(b, rd));
      } else if (type == 5 || type == 12 || type == 2) {
        StringBuilder n = new StringBuilder();
        if (readName(b, off, rd, end, n) > 0) {
          answers.add(n.toString());
        }
      } else if (type == 15 && rdlen > 2) {
        StringBuilder n = new StringBuilder();
        if (readName(b, off, rd + 2, end, n) > 0) {
          answers.add(n.toString());
        }
      } else if (type == 33 && rdlen > 6) {
        StringBuilder n = new StringBuilder();
        if (readName(b, off, rd + 6, end, n) > 0) {
          answers.add(n.toString());
        }
      }
      if (answers.size() > before) {
        ttls.add(ttl * 1_000_000L);
      }
      p = rd + rdlen;
    }
    ArrayDeque<Pending> waiting = pending.get(id);
    Pending q = waiting == null ? null : waiting.poll();
    if (waiting != null && waiting.isEmpty()) {
      pending.remove(id);
    }
    String rcode = rcodeName(flags & 0xf);
    boolean aa = (flags & 0x0400) != 0;
    boolean tc = (flags & 0x0200) != 0;
    boolean ra = (flags & 0x0080) != 0;
    if (q == null) {
      f.emit(new DnsQuery(ts, f.uid(), f.id(), query, qtype, rcode, answers, 0, qclass, ttls, aa,
          tc, (flags & 0x0100) != 0, ra));
    } else {
      f.emit(new DnsQuery(q.ts, f.uid(), f.id(), q.query, q.qtype, rcode, answers, ts - q.ts,
          q.qclass, ttls, aa, tc, q.rd, ra));
    }
  }

  @Override
  public boolean done() {
    return false;
  }

  @Override
  public void end(FlowContext f) {
    for (Pending q : pending.values().stream().flatMap(ArrayDeque::stream).toList()) {
      f.emit(new DnsQuery(q.ts, f.uid(), f.id(), q.query, q.qtype, "", List.of(), 0, q.qclass,
          List.of(), false, false, q.rd, false));
    }
    pending.clear();
  }

  /** Reads a possibly compressed name at {@code p}; returns the offset after it or -1. */
  static int readName(byte[] b, int msg, int p, int end, StringBuilder out) {
    int after = -1;
    int jumps = 0;
    while (p < end) {
      int l = b[p] & 0xff;
      if (l == 0) {
        return after < 0 ? p + 1 : after;
      }
      if ((l & 0xc0) == 0xc0) {
        if (p + 1 >= end || ++jumps > 32) {
          return -1;
        }
        if (after < 0) {
          after = p + 2;
        }
        p = msg + ((l & 0x3f) << 8 | (b[p + 1] & 0xff));
        continue;
      }
      if ((l & 0xc0) != 0 || p + 1 + l > end) {
        return -1;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      for (int i = 0; i < l; i++) {
        out.append((char) (b[p + 1 + i] & 0xff));
      }
      p += 1 + l;
    }
    return -1;
  }

  /** RFC 1001 first-level decoding of a 32-letter label, suffix byte and padding dropped. */
  static String netbiosName(String encoded) {
    int dot = encoded.indexOf('.');
    String label = dot < 0 ? encoded : encoded.substring(0, dot);
    if (label.length() != 32) {
      return encoded;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 30; i += 2) {
      int hi = label.charAt(i) - 'A';
      int lo = label.charAt(i + 1) - 'A';
      if (hi < 0 || hi > 15 || lo < 0 || lo > 15) {
        return encoded;
      }
      sb.append((char) (hi << 4 | lo));
    }
    return sb.toString().stripTrailing() + (dot < 0 ? "" : encoded.substring(dot));
  }

  /** RFC 5952 text, as Zeek writes addresses: the longest run of two or more zero groups is ::. */
  static String ipv6(byte[] b, int p) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = (b[p + 2 * i] & 0xff) << 8 | (b[p + 2 * i + 1] & 0xff);
    }
    int bestAt = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestAt = i;
        bestLen = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestAt) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }

  static String typeName(int t) {
    return switch (t) {
      case 1 -> "A";
      case 2 -> "NS";
      case 5 -> "CNAME";
      case 6 -> "SOA";
      case 12 -> "PTR";
      case 15 -> "MX";
      case 16 -> "TXT";
      case 28 -> "AAAA";
      case 32 -> "NB";
      case 33 -> "SRV";
      case 255 -> "*";
      default -> "TYPE" + t;
    };
  }

  /** Inverse of {@link #typeName(int)} for the writer. */
  static int typeCode(String name) {
    for (int t : new int[] {1, 2, 5, 6, 12, 15, 16, 28, 32, 33, 255}) {
      if (typeName(t).equals(name)) {
        return t;
      }
    }
    return name.startsWith("TYPE") ? Integer.parseInt(name.substring(4)) : 1;
  }

  static String rcodeName(int r) {
    return switch (r) {
      case 0 -> "NOERROR";
      case 1 -> "FORMERR";
      case 2 -> "SERVFAIL";
      case 3 -> "NXDOMAIN";
      case 4 -> "NOTIMP";
      case 5 -> "REFUSED";
      default -> "RCODE" + r;
    };
  }

  static int rcodeCode(String name) {
    for (int r = 0; r < 6; r++) {
      if (rcodeName(r).equals(name)) {
        return r;
      }
    }
    return name.startsWith("RCODE") ? Integer.parseInt(name.substring(5)) : 0;
  }
}
