package io.wormbench.traffic.codec.pcap.file;

import io.wormbench.traffic.codec.pcap.CaptureException;
import io.wormbench.traffic.codec.pcap.SkipLog;
import java.nio.channels.FileChannel;

/**
 * Classic libpcap format (pcap-savefile(5)): 24-byte file header, 16-byte record headers.
 * Magic a1b2c3d4 means microseconds, a1b23c4d nanoseconds; the byte order of the magic is the
 * byte order of every header field. A record header that cannot be right (length beyond any
 * snap length, captured length above the wire length) is skipped by scanning forward for the
 * next pair of plausible headers. A jump in time of a week or more is judged by the lengths of
 * its header and of the next one, not by the time, so a paused capture is read whole.
 */
final class ClassicPcapReader extends CaptureReader {
  private static final int MAX_RECORD = 262_144;
  /** A jump in time below this needs no second look at the next record header (seconds). */
  private static final long MAX_QUIET_JUMP = 7 * 86_400;
  private final boolean little;
  private final boolean nanos;
  private final int linkType;
  private final int snapLimit;
  private long lastSec = -1;

  ClassicPcapReader(String file, FileChannel ch, ByteWindow w, SkipLog log, int magicLe) {
    super(file, ch, w, log);
    switch (magicLe) {
      case 0xa1b2c3d4 -> { little = true; nanos = false; }
      case 0xa1b23c4d -> { little = true; nanos = true; }
      case 0xd4c3b2a1 -> { little = false; nanos = false; }
      case 0x4d3cb2a1 -> { little = false; nanos = true; }
      default -> throw new CaptureException(file, 0, String.format(
          "not a pcap or pcapng file (magic 0x%08x)", Integer.reverseBytes(magicLe)));
    }
    if (!w.ensure(24)) {
      throw new CaptureException(file, w.available(), "file ends inside the 24-byte pcap header");
    }
    int snap = i32(16);
    linkType = i32(20) & 0x0FFFFFFF;
    snapLimit = snap <= 0 || snap > MAX_RECORD ? MAX_RECORD : Math.max(snap, 65535);
    w.skip(24);
  }

  private int i32(int p) {
    return little ? w.le32(w.pos + p) : w.be32(w.pos + p);
  }

  @Override
  public String format() {
    return "pcap " + (little ? "little-endian" : "big-endian") + (nanos ? " nanosecond" : " microsecond");
  }

  /** Lengths and fraction of the header at {@code p} can be right; the time is not judged. */
  private boolean wellFormed(int p) {
    int frac = little ? w.le32(p + 4) : w.be32(p + 4);
    int incl = little ? w.le32(p + 8) : w.be32(p + 8);
    int orig = little ? w.le32(p + 12) : w.be32(p + 12);
    if (incl < 0 || incl > snapLimit || orig < incl || orig > MAX_RECORD * 4) {
      return false;
    }
    return frac >= 0 && frac < (nanos ? 1_000_000_000 : 1_000_000);
  }

  private boolean nearInTime(int p) {
    int sec = little ? w.le32(p) : w.be32(p);
    return lastSec < 0 || Math.abs((sec & 0xffffffffL) - lastSec) < MAX_QUIET_JUMP;
  }

  /**
   * Whether the header at {@code p} starts a record. A capture paused for days and resumed
   * (or two captures concatenated) jumps in time, so a far jump alone is no sign of damage:
   * the header is accepted when its lengths are right and the record after it starts with a
   * well-formed header too (or the file ends exactly after it).
   */
  private boolean plausible(int p) {
    if (!wellFormed(p)) {
      return false;
    }
    if (nearInTime(p)) {
      return true;
    }
    int rel = p - w.pos;
    int incl = little ? w.le32(p + 8) : w.be32(p + 8);
    if (w.ensure(rel + 32 + incl)) {
      return wellFormed(w.pos + rel + 16 + incl);
    }
    return w.available() == rel + 16 + incl;
  }

  /** Resynchronising inside damage, a candidate must also be near the last good time. */
  private boolean plausibleAfterDamage(int p) {
    return wellFormed(p) && nearInTime(p);
  }

  @Override
  public boolean next(PacketHandler handler) {
    while (true) {
      if (!w.ensure(16)) {
        if (w.available() > 0) {
          log.add(w.offset(), SkipLog.TRUNCATED_RECORD, w.available() + " bytes of a record header");
          w.skip(w.available());
        }
        return false;
      }
      if (!plausible(w.pos)) {
        resync();
        continue;
      }
      int p = w.pos;
      long sec = i32(0) & 0xffffffffL;
      long frac = i32(4) & 0xffffffffL;
      int incl = i32(8);
      int orig = i32(12);
      long offset = w.offset();
      if (!w.ensure(16 + incl)) {
        log.add(offset, SkipLog.TRUNCATED_RECORD, "needs " + (16 + incl) + " bytes, file has "
            + w.available());
        w.skip(w.available());
        return false;
      }
      p = w.pos;
      lastSec = sec;
      long ts = sec * 1_000_000L + (nanos ? frac / 1000 : frac);
      records++;
      w.skip(16 + incl);
      handler.packet(ts, w.array(), p + 16, incl, orig, linkType, offset);
      return true;
    }
  }

  /** Scans forward for a header that is plausible and followed by another plausible one. */
  private void resync() {
    long start = w.offset();
    long scanned = 0;
    while (true) {
      w.skip(1);
      scanned++;
      if (!w.ensure(16)) {
        log.add(start, SkipLog.BAD_RECORD_HEADER, "no valid record after it, " + (scanned + w.available())
            + " bytes skipped to end of file");
        w.skip(w.available());
        return;
      }
      if (!plausibleAfterDamage(w.pos)) {
        continue;
      }
      int incl = i32(8);
      if (w.ensure(32 + incl)) {
        if (!wellFormed(w.pos + 16 + incl)) {
          continue;
        }
      } else if (w.available() != 16 + incl) {
        continue;
      }
      log.add(start, SkipLog.BAD_RECORD_HEADER, scanned + " bytes skipped");
      return;
    }
  }
}
