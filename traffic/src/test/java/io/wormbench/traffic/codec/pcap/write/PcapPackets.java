package io.wormbench.traffic.codec.pcap.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An independent little reader of the writer's classic pcaps for tests: per packet the
 * Ethernet, IPv4 and TCP/UDP header fields a passive fingerprinter looks at, and the payload.
 */
final class PcapPackets {
  private PcapPackets() {}

  record P(long ts, long srcMac, long dstMac, int ttl, int ipId, boolean df, int src, int dst,
      int proto, int sp, int dp, int flags, int seq, int ack, int window, String options,
      byte[] payload, int caplen, int len) {
    boolean syn() {
      return proto == 6 && (flags & 0x12) == 0x02;
    }

    boolean synAck() {
      return proto == 6 && (flags & 0x12) == 0x12;
    }

    /** TTL, DF, window, window scale and option kinds, in the manner of a p0f signature. */
    String signature() {
      return ttl + ":" + (df ? "df" : "") + ":" + window + ":" + options;
    }
  }

  static List<P> read(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    b.position(24);
    List<P> out = new ArrayList<>();
    while (b.remaining() >= 16) {
      long sec = b.getInt() & 0xffffffffL;
      long usec = b.getInt() & 0xffffffffL;
      int incl = b.getInt();
      int orig = b.getInt();
      int start = b.position();
      ByteBuffer f = b.slice(start, incl).order(ByteOrder.BIG_ENDIAN);
      b.position(start + incl);
      long dmac = (f.getShort(0) & 0xffffL) << 32 | (f.getInt(2) & 0xffffffffL);
      long smac = (f.getShort(6) & 0xffffL) << 32 | (f.getInt(8) & 0xffffffffL);
      int ip = 14;
      int ihl = (f.get(ip) & 0xf) * 4;
      int total = f.getShort(ip + 2) & 0xffff;
      int id = f.getShort(ip + 4) & 0xffff;
      boolean df = (f.getShort(ip + 6) & 0x4000) != 0;
      int ttl = f.get(ip + 8) & 0xff;
      int proto = f.get(ip + 9) & 0xff;
      int src = f.getInt(ip + 12);
      int dst = f.getInt(ip + 16);
      int t = ip + ihl;
      int sp = 0;
      int dp = 0;
      int flags = 0;
      int seq = 0;
      int ack = 0;
      int win = 0;
      StringBuilder opts = new StringBuilder();
      int data = t;
      if (proto == 6 || proto == 17) {
        sp = f.getShort(t) & 0xffff;
        dp = f.getShort(t + 2) & 0xffff;
      }
      if (proto == 6) {
        seq = f.getInt(t + 4);
        ack = f.getInt(t + 8);
        int off = ((f.get(t + 12) & 0xff) >>> 4) * 4;
        flags = f.get(t + 13) & 0xff;
        win = f.getShort(t + 14) & 0xffff;
        for (int o = t + 20; o < t + off; ) {
          int kind = f.get(o) & 0xff;
          String name = switch (kind) {
            case 0 -> "eol";
            case 1 -> "nop";
            case 2 -> "mss";
            case 3 -> "ws" + (f.get(o + 2) & 0xff);
            case 4 -> "sok";
            case 8 -> "ts";
            default -> "?" + kind;
          };
          opts.append(opts.length() == 0 ? "" : ",").append(name);
          if (kind == 0) {
            break;
          }
          o += kind == 1 ? 1 : f.get(o + 1) & 0xff;
        }
        data = t + off;
      } else if (proto == 17) {
        data = t + 8;
      }
      int end = Math.min(incl, ip + total);
      byte[] payload = new byte[Math.max(0, end - data)];
      f.get(data, payload);
      out.add(new P(sec * 1_000_000 + usec, smac, dmac, ttl, id, df, src, dst, proto, sp, dp,
          flags, seq, ack, win, opts.toString(), payload, incl, orig));
    }
    return out;
  }

  static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
