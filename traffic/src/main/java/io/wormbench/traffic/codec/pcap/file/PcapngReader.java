package io.wormbench.traffic.codec.pcap.file;

import io.wormbench.traffic.codec.pcap.CaptureException;
import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.time.Timestamps;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * pcapng (draft-ietf-opsawg-pcapng): Section Header Blocks set the byte order, Interface
 * Description Blocks declare link type, snap length and timestamp resolution (if_tsresol,
 * if_tsoffset), and Enhanced, Simple and obsolete Packet Blocks carry the packets. Other blocks
 * are skipped. A block whose lengths disagree is skipped by scanning for the next block whose
 * leading and trailing lengths match.
 */
final class PcapngReader extends CaptureReader {
  private static final int SHB = 0x0A0D0D0A;
  private static final int MAX_BLOCK = 16 << 20;
  /** The finest if_tsresol accepted, as a power of ten and of two. */
  static final int MAX_TSRESOL_POW10 = 19;
  static final int MAX_TSRESOL_POW2 = 63;
  private boolean little = true;
  private int interfaces;
  private int[] linkTypes = new int[4];
  private int[] snapLens = new int[4];
  /** Per interface: timestamp units per second as a power of ten (>= 0) or of two (< 0: -(exp+1)). */
  private int[] resol = new int[4];
  private long[] tsOffset = new long[4];

  PcapngReader(String file, FileChannel ch, ByteWindow w, SkipLog log) {
    super(file, ch, w, log);
    if (!w.ensure(28)) {
      throw new CaptureException(file, 0, "file ends inside the pcapng section header");
    }
    int bom = w.le32(w.pos + 8);
    if (bom != 0x1A2B3C4D && bom != 0x4D3C2B1A) {
      throw new CaptureException(file, 8, String.format("bad pcapng byte-order magic 0x%08x", bom));
    }
  }

  @Override
  public String format() {
    return "pcapng";
  }

  private int i32(int p) {
    return little ? w.le32(p) : w.be32(p);
  }

  private int i16(int p) {
    return little ? w.le16(p) : w.be16(p);
  }

  @Override
  public boolean next(PacketHandler handler) {
    while (true) {
      if (!w.ensure(12)) {
        if (w.available() > 0) {
          log.add(w.offset(), SkipLog.TRUNCATED_RECORD, w.available() + " bytes of a block header");
          w.skip(w.available());
        }
        return false;
      }
      int p = w.pos;
      int type = w.le32(p);
      if (type == SHB) {
        int bom = w.le32(p + 8);
        if (bom == 0x1A2B3C4D) {
          little = true;
        } else if (bom == 0x4D3C2B1A) {
          little = false;
        }
      }
      type = i32(p);
      int len = i32(p + 4);
      long offset = w.offset();
      if (len < 12 || (len & 3) != 0 || len > MAX_BLOCK) {
        resync(offset, "block length " + len);
        continue;
      }
      if (!w.ensure(len)) {
        log.add(offset, SkipLog.TRUNCATED_RECORD, "block needs " + len + " bytes, file has "
            + w.available());
        w.skip(w.available());
        return false;
      }
      p = w.pos;
      if (i32(p + len - 4) != len) {
        resync(offset, "trailing length " + i32(p + len - 4) + " != " + len);
        continue;
      }
      w.skip(len);
      if (block(type, p, len, offset, handler)) {
        return true;
      }
    }
  }

  /** Handles one complete block at {@code p}; true when it delivered a packet. */
  private boolean block(int type, int p, int len, long offset, PacketHandler handler) {
    byte[] a = w.array();
    switch (type) {
      case SHB -> interfaces = 0;
      case 1 -> addInterface(p, len, offset);
      case 6, 2 -> {
        int iface = type == 6 ? i32(p + 8) : i16(p + 8);
        long hi = i32(p + 12) & 0xffffffffL;
        long lo = i32(p + 16) & 0xffffffffL;
        int cap = i32(p + 20);
        int orig = i32(p + 24);
        records++;
        if (cap < 0 || cap > len - 32) {
          log.add(offset, SkipLog.BAD_BLOCK, "captured length " + cap + " beyond block");
          return false;
        }
        if (iface < 0 || iface >= interfaces) {
          log.add(offset, SkipLog.UNKNOWN_INTERFACE, "interface " + iface);
          return false;
        }
        long ts = micros(hi << 32 | lo, iface);
        if (ts < 0) {
          log.add(offset, SkipLog.BAD_TIMESTAMP, "interface " + iface + ": "
              + Long.toUnsignedString(hi << 32 | lo) + " units");
          return false;
        }
        handler.packet(ts, a, p + 28, cap, Math.max(orig, cap), linkTypes[iface], offset);
        return true;
      }
      case 3 -> {
        records++;
        if (interfaces == 0) {
          log.add(offset, SkipLog.UNKNOWN_INTERFACE, "simple packet block before any interface");
          return false;
        }
        int orig = i32(p + 8);
        int cap = Math.min(len - 16, orig);
        if (snapLens[0] > 0) {
          cap = Math.min(cap, snapLens[0]);
        }
        // SPB has no timestamp: -1 tells flow assembly to reuse the last one seen.
        handler.packet(-1, a, p + 12, Math.max(cap, 0), orig, linkTypes[0], offset);
        return true;
      }
      default -> {
        // NRB, ISB, DSB and custom blocks carry nothing flows need.
      }
    }
    return false;
  }

  private void addInterface(int p, int len, long offset) {
    if (interfaces == linkTypes.length) {
      int n = interfaces * 2;
      linkTypes = Arrays.copyOf(linkTypes, n);
      snapLens = Arrays.copyOf(snapLens, n);
      resol = Arrays.copyOf(resol, n);
      tsOffset = Arrays.copyOf(tsOffset, n);
    }
    int i = interfaces++;
    linkTypes[i] = i16(p + 8);
    snapLens[i] = i32(p + 12);
    resol[i] = 6;
    tsOffset[i] = 0;
    byte[] a = w.array();
    int o = p + 16;
    int end = p + len - 4;
    while (o + 4 <= end) {
      int code = i16(o);
      int olen = i16(o + 2);
      if (code == 0 || o + 4 + olen > end) {
        break;
      }
      if (code == 9 && olen >= 1) {
        int v = a[o + 4] & 0xff;
        resol[i] = (v & 0x80) == 0 ? v : -((v & 0x7f) + 1);
        // Units finer than 10^-19 s or 2^-63 s leave a 64-bit timestamp less than a second
        // past the epoch: no capture has them, so the block is not a real interface.
        if (v > MAX_TSRESOL_POW10 && (v & 0x80) == 0 || (v & 0x7f) > MAX_TSRESOL_POW2 && v >= 0x80) {
          throw new CaptureException(file, offset + (o - p) + 4, "if_tsresol: "
              + ((v & 0x80) == 0 ? "10^-" + v : "2^-" + (v & 0x7f)) + " s per unit is finer than "
              + "a 64-bit timestamp can carry (at most 10^-" + MAX_TSRESOL_POW10 + " or 2^-"
              + MAX_TSRESOL_POW2 + ")");
        }
      } else if (code == 14 && olen >= 8) {
        long hi = i32(o + 4) & 0xffffffffL;
        long lo = i32(o + 8) & 0xffffffffL;
        tsOffset[i] = little ? (lo << 32 | hi) : (hi << 32 | lo);
      }
      o += 4 + ((olen + 3) & ~3);
    }
  }

  /**
   * The packet time in microseconds; timestamps are unsigned 64-bit counts of the interface's
   * units. Long.MIN_VALUE when it does not fit a long (the caller skips the packet).
   */
  long micros(long units, int iface) {
    int r = resol[iface];
    long micros;
    if (r >= 0) {
      if (r >= 6) {
        micros = Long.divideUnsigned(units, pow10(r - 6));
      } else if (units < 0 || units > Long.MAX_VALUE / pow10(6 - r)) {
        return Long.MIN_VALUE;
      } else {
        micros = units * pow10(6 - r);
      }
    } else {
      int exp = -r - 1;
      long whole = units >>> exp;
      long frac = exp == 0 ? 0 : units & (-1L >>> (64 - exp));
      if (whole > Long.MAX_VALUE / 1_000_000L) {
        return Long.MIN_VALUE;
      }
      // frac / 2^exp of a second, in microseconds: the high word of the unsigned product
      // (frac << (64 - exp)) * 10^6. Math.multiplyHigh is signed, so a fraction of half a
      // second or more (top bit set) needs the unsigned correction, else it reads 1 s early.
      long scaled = exp == 0 ? 0 : frac << (64 - exp);
      long high = Math.multiplyHigh(scaled, 1_000_000L) + (scaled < 0 ? 1_000_000L : 0);
      micros = whole * 1_000_000L + high;
    }
    try {
      long t = Math.addExact(micros, Math.multiplyExact(tsOffset[iface], 1_000_000L));
      return t < Timestamps.MIN || t > Timestamps.MAX ? Long.MIN_VALUE : t;
    } catch (ArithmeticException e) {
      return Long.MIN_VALUE;
    }
  }

  private static long pow10(int n) {
    long v = 1;
    for (int i = 0; i < n; i++) {
      v *= 10;
    }
    return v;
  }

  private void resync(long start, String why) {
    long scanned = 0;
    while (true) {
      w.skip(1);
      scanned++;
      if (!w.ensure(12)) {
        log.add(start, SkipLog.BAD_BLOCK, why + "; no valid block after it");
        w.skip(w.available());
        return;
      }
      int p = w.pos;
      int type = i32(p);
      if (type != 1 && type != 2 && type != 3 && type != 4 && type != 5 && type != 6
          && type != SHB) {
        continue;
      }
      int len = i32(p + 4);
      if (len < 12 || (len & 3) != 0 || len > MAX_BLOCK) {
        continue;
      }
      if (w.ensure(len) && i32(w.pos + len - 4) == len) {
        log.add(start, SkipLog.BAD_BLOCK, why + "; " + scanned + " bytes skipped");
        return;
      }
    }
  }
}
