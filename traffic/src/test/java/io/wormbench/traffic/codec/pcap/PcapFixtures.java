package io.wormbench.traffic.codec.pcap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test-side re-encoding of a classic capture into other layouts, cut or damaged. */
final class PcapFixtures {
  private PcapFixtures() {}

  record Rec(long micros, byte[] data, int origLen) {}

  /** Records of a little-endian microsecond classic pcap, read independently of the codec. */
  static List<Rec> records(Path classic) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(classic)).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(0) != 0xa1b2c3d4) {
      throw new IllegalArgumentException("fixture expects LE microsecond pcap");
    }
    List<Rec> out = new ArrayList<>();
    int p = 24;
    while (p + 16 <= b.limit()) {
      long sec = b.getInt(p) & 0xffffffffL;
      long usec = b.getInt(p + 4) & 0xffffffffL;
      int incl = b.getInt(p + 8);
      int orig = b.getInt(p + 12);
      byte[] d = new byte[incl];
      b.get(p + 16, d);
      out.add(new Rec(sec * 1_000_000 + usec, d, orig));
      p += 16 + incl;
    }
    return out;
  }

  /** Offsets of each record header in the classic layout (24-byte file header first). */
  static long[] offsets(List<Rec> recs) {
    long[] o = new long[recs.size()];
    long p = 24;
    for (int i = 0; i < recs.size(); i++) {
      o[i] = p;
      p += 16 + recs.get(i).data().length;
    }
    return o;
  }

  static byte[] classic(List<Rec> recs, ByteOrder order, boolean nanos, int snap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer h = ByteBuffer.allocate(24).order(order);
    h.putInt(nanos ? 0xa1b23c4d : 0xa1b2c3d4).putShort((short) 2).putShort((short) 4)
        .putInt(0).putInt(0).putInt(snap).putInt(1);
    out.writeBytes(h.array());
    for (Rec r : recs) {
      int incl = Math.min(r.data().length, snap);
      ByteBuffer rh = ByteBuffer.allocate(16).order(order);
      long frac = nanos ? (r.micros() % 1_000_000) * 1000 + 123 : r.micros() % 1_000_000;
      rh.putInt((int) (r.micros() / 1_000_000)).putInt((int) frac).putInt(incl)
          .putInt(r.origLen());
      out.writeBytes(rh.array());
      out.write(r.data(), 0, incl);
    }
    return out.toByteArray();
  }

  /**
   * pcapng with two Ethernet interfaces: 0 in microseconds, 1 in nanoseconds (if_tsresol 9);
   * packets alternate between them; a name resolution block is interleaved to be skipped.
   */
  static byte[] pcapng(List<Rec> recs, ByteOrder order) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer shb = ByteBuffer.allocate(28).order(order);
    shb.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0)
        .putLong(-1).putInt(28);
    out.writeBytes(shb.array());
    out.writeBytes(idb(order, -1));
    out.writeBytes(idb(order, 9));
    ByteBuffer nrb = ByteBuffer.allocate(16).order(order);
    nrb.putInt(4).putInt(16).putInt(0).putInt(16);
    out.writeBytes(nrb.array());
    for (int i = 0; i < recs.size(); i++) {
      Rec r = recs.get(i);
      int iface = i % 2;
      long units = iface == 0 ? r.micros() : r.micros() * 1000 + 7;
      int pad = (4 - r.data().length % 4) % 4;
      int len = 32 + r.data().length + pad;
      ByteBuffer e = ByteBuffer.allocate(len).order(order);
      e.putInt(6).putInt(len).putInt(iface).putInt((int) (units >>> 32)).putInt((int) units)
          .putInt(r.data().length).putInt(r.origLen()).put(r.data());
      e.position(len - 4);
      e.putInt(len);
      out.writeBytes(e.array());
    }
    return out.toByteArray();
  }

  private static byte[] idb(ByteOrder order, int tsresol) {
    int len = tsresol < 0 ? 20 : 32;
    ByteBuffer b = ByteBuffer.allocate(len).order(order);
    b.putInt(1).putInt(len).putShort((short) 1).putShort((short) 0).putInt(65535);
    if (tsresol >= 0) {
      b.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
      b.putShort((short) 0).putShort((short) 0);
    }
    b.putInt(len);
    return b.array();
  }
}
