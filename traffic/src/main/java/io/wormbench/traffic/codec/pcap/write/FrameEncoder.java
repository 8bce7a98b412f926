package io.wormbench.traffic.codec.pcap.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Serialises packets as classic pcap records (pcap-savefile(5), little-endian, microseconds,
 * LINKTYPE_ETHERNET) with Ethernet II, IPv4 (RFC 791, header checksum) and TCP (RFC 9293) or
 * UDP (RFC 768) headers whose checksums cover the RFC 793 pseudo-header. Writes straight into
 * one reusable buffer, so no per-packet array is allocated.
 */
final class FrameEncoder {
  private static final int BUF = 1 << 20;
  private final FileChannel out;
  private final byte[] a = new byte[BUF];
  private final ByteBuffer bb = ByteBuffer.wrap(a);
  private int n;
  private int ipId;
  long packets;
  long bytes;

  FrameEncoder(FileChannel out) {
    this.out = out;
    // file header: magic, v2.4, thiszone, sigfigs, snaplen, Ethernet
    le32(0xa1b2c3d4);
    le16(2);
    le16(4);
    le32(0);
    le32(0);
    le32(262_144);
    le32(1);
  }

  private void le32(int v) {
    a[n++] = (byte) v;
    a[n++] = (byte) (v >>> 8);
    a[n++] = (byte) (v >>> 16);
    a[n++] = (byte) (v >>> 24);
  }

  private void le16(int v) {
    a[n++] = (byte) v;
    a[n++] = (byte) (v >>> 8);
  }

  private void be16(int p, int v) {
    a[p] = (byte) (v >>> 8);
    a[p + 1] = (byte) v;
  }

  private void be32(int p, int v) {
    a[p] = (byte) (v >>> 24);
    a[p + 1] = (byte) (v >>> 16);
    a[p + 2] = (byte) (v >>> 8);
    a[p + 3] = (byte) v;
  }

  private void room(int k) {
    if (n + k > a.length) {
      flush();
    }
  }

  void flush() {
    bb.clear().limit(n);
    try {
      while (bb.hasRemaining()) {
        out.write(bb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    n = 0;
  }

  /** Writes one TCP (tcp = true) or UDP packet from {@code src} to {@code dst}; null data is zeros. */
  void packet(long ts, boolean tcp, Endpoint from, int src, int sp, int dst, int dp, int flags,
      int seq, int ack, byte[] data, int off, int len) {
    byte[] opts = tcp && (flags & Pkt.SYN) != 0 ? from.options(flags, ts) : null;
    int l4 = tcp ? 20 + (opts == null ? 0 : opts.length) : 8;
    int frame = 14 + 20 + l4 + len;
    room(16 + frame);
    le32((int) (ts / 1_000_000));
    le32((int) (ts % 1_000_000));
    le32(frame);
    le32(frame);
    int e = n;
    mac(e, from.dstMac);
    mac(e + 6, from.srcMac);
    be16(e + 12, 0x0800);
    int ip = e + 14;
    a[ip] = 0x45;
    a[ip + 1] = 0;
    be16(ip + 2, 20 + l4 + len);
    be16(ip + 4, from.nextIpId(tcp ? flags : 0));
    be16(ip + 6, from.stack.df ? 0x4000 : 0);
    a[ip + 8] = (byte) from.ttl;
    a[ip + 9] = (byte) (tcp ? 6 : 17);
    be16(ip + 10, 0);
    be32(ip + 12, src);
    be32(ip + 16, dst);
    be16(ip + 10, ~sum(ip, 20, 0) & 0xffff);
    int t = ip + 20;
    be16(t, sp);
    be16(t + 2, dp);
    if (tcp) {
      be32(t + 4, seq);
      be32(t + 8, (flags & Pkt.ACK) != 0 ? ack : 0);
      a[t + 12] = (byte) ((l4 / 4) << 4);
      a[t + 13] = (byte) flags;
      be16(t + 14, opts != null ? from.synWindow() : from.window);
      be16(t + 16, 0);
      be16(t + 18, 0);
      if (opts != null) {
        System.arraycopy(opts, 0, a, t + 20, opts.length);
      }
    } else {
      be16(t + 4, 8 + len);
      be16(t + 6, 0);
    }
    if (data == null) {
      java.util.Arrays.fill(a, t + l4, t + l4 + len, (byte) 0);
    } else {
      System.arraycopy(data, off, a, t + l4, len);
    }
    int segLen = l4 + len;
    long pseudo = ((src >>> 16) & 0xffff) + (src & 0xffff) + ((dst >>> 16) & 0xffff)
        + (dst & 0xffff) + (tcp ? 6 : 17) + segLen;
    int c = ~sum(t, segLen, pseudo) & 0xffff;
    if (!tcp && c == 0) {
      c = 0xffff;
    }
    be16(t + (tcp ? 16 : 6), c);
    n = t + segLen;
    packets++;
    bytes += 16 + frame;
  }

  /**
   * Writes one ICMP message (RFC 792) from {@code src} to {@code dst}: echo-style messages carry
   * {@code ident} and {@code seq}; an error (destination unreachable, time exceeded) whose
   * payload is null starts with a synthetic quoted IPv4/UDP header of the datagram it reports,
   * as RFC 792 requires, so dissectors find the invoking packet.
   */
  void icmp(long ts, Endpoint from, int src, int dst, int type, int code, int ident, int seq,
      byte[] data, int off, int len) {
    int frame = 14 + 20 + 8 + len;
    room(16 + frame);
    le32((int) (ts / 1_000_000));
    le32((int) (ts % 1_000_000));
    le32(frame);
    le32(frame);
    int e = n;
    mac(e, from.dstMac);
    mac(e + 6, from.srcMac);
    be16(e + 12, 0x0800);
    int ip = e + 14;
    ipHeader(ip, 20 + 8 + len, 1, src, dst);
    be16(ip + 4, from.nextIpId(0));
    be16(ip + 6, from.stack.df ? 0x4000 : 0);
    a[ip + 8] = (byte) from.ttl;
    be16(ip + 10, 0);
    be16(ip + 10, ~sum(ip, 20, 0) & 0xffff);
    int t = ip + 20;
    a[t] = (byte) type;
    a[t + 1] = (byte) code;
    be16(t + 2, 0);
    boolean error = type == 3 || type == 11 || type == 12 || type == 5;
    be16(t + 4, error ? 0 : ident);
    be16(t + 6, error ? 0 : seq);
    if (data == null) {
      java.util.Arrays.fill(a, t + 8, t + 8 + len, (byte) 0);
      if (error && len >= 28) {
        // the invoking datagram: the ICMP's receiver sent UDP to the ICMP's sender
        ipHeader(t + 8, len, 17, dst, src);
        be16(t + 28, 49152 + (seq & 0x3fff));
        be16(t + 30, 137);
        be16(t + 32, len - 20);
        be16(t + 34, 0);
      }
    } else {
      System.arraycopy(data, off, a, t + 8, len);
    }
    be16(t + 2, ~sum(t, 8 + len, 0) & 0xffff);
    n = t + 8 + len;
    packets++;
    bytes += 16 + frame;
  }

  private void ipHeader(int ip, int total, int proto, int src, int dst) {
    a[ip] = 0x45;
    a[ip + 1] = 0;
    be16(ip + 2, total);
    be16(ip + 4, ipId++);
    be16(ip + 6, 0x4000);
    a[ip + 8] = 64;
    a[ip + 9] = (byte) proto;
    be16(ip + 10, 0);
    be32(ip + 12, src);
    be32(ip + 16, dst);
    be16(ip + 10, ~sum(ip, 20, 0) & 0xffff);
  }

  private void mac(int p, long mac) {
    be16(p, (int) (mac >>> 32));
    be32(p + 2, (int) mac);
  }

  private static final java.lang.invoke.VarHandle LONG_BE = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

  /** RFC 1071 ones'-complement sum, eight bytes per step (end-around carries fold at the end). */
  private int sum(int p, int len, long init) {
    long s = init;
    int i = p;
    int end8 = p + (len & ~7);
    long hi = 0;
    while (i < end8) {
      long v = (long) LONG_BE.get(a, i);
      s += v & 0xffffffffL;
      hi += v >>> 32;
      i += 8;
    }
    s += hi;
    int end = p + len;
    for (; i + 1 < end; i += 2) {
      s += ((a[i] & 0xff) << 8) | (a[i + 1] & 0xff);
    }
    if (i < end) {
      s += (a[i] & 0xff) << 8;
    }
    s = (s & 0xffffffffL) + (s >>> 32);
    s = (s & 0xffffffffL) + (s >>> 32);
    s = (s & 0xffff) + (s >>> 16);
    s = (s & 0xffff) + (s >>> 16);
    s = (s & 0xffff) + (s >>> 16);
    return (int) s;
  }
}
