package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.NtpMessage;
import io.wormbench.traffic.net.Ipv4;
import java.nio.charset.StandardCharsets;

/**
 * The 48-byte NTP packet (RFC 5905 section 7.3) of an {@link NtpMessage}. Timestamps are NTP's
 * 64-bit format, rounded up to the next 2^-32 s so a reader truncating to microseconds gets the
 * same value back; 0 stays the "unknown" zero timestamp. Poll and precision travel as the
 * nearest power-of-two exponent, root delay and dispersion in the 16.16 short format (steps of
 * 15.26 us): a record's values survive the wire only at those resolutions.
 */
public final class NtpWire {
  /** Seconds from 1900 (NTP era 0) to 1970. */
  static final long EPOCH_OFFSET = 2_208_988_800L;

  private NtpWire() {}

  /** The packet. */
  public static byte[] packet(NtpMessage m) {
    Wire w = new Wire(48);
    w.u8((0 << 6) | (m.version() & 7) << 3 | (m.mode() & 7));
    w.u8(m.stratum()).u8(exponent(m.poll(), 6)).u8(exponent(m.precision(), -23));
    w.be32(shortFormat(m.rootDelay())).be32(shortFormat(m.rootDisp()));
    w.bytes(refId(m));
    timestamp(w, m.refTime());
    timestamp(w, m.orgTime());
    timestamp(w, m.recTime());
    timestamp(w, m.xmtTime());
    return w.toArray();
  }

  private static byte[] refId(NtpMessage m) {
    byte[] id = new byte[4];
    if (m.refId().isEmpty()) {
      return id;
    }
    if (m.stratum() > 1) {
      try {
        int a = Ipv4.parse(m.refId());
        return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
      } catch (IllegalArgumentException e) {
        // not an address: written as text like a stratum-1 code
      }
    }
    byte[] t = m.refId().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(t, 0, id, 0, Math.min(4, t.length));
    return id;
  }

  /** log2 of an interval in seconds, rounded; {@code dflt} for 0. */
  static int exponent(long micros, int dflt) {
    if (micros <= 0) {
      return dflt;
    }
    return (int) Math.round(Math.log(micros / 1e6) / Math.log(2));
  }

  static long shortFormat(long micros) {
    return Math.round(micros * 65536.0 / 1e6);
  }

  private static void timestamp(Wire w, long micros) {
    if (micros == 0) {
      w.be32(0).be32(0);
      return;
    }
    long sec = Math.floorDiv(micros, 1_000_000L);
    long us = Math.floorMod(micros, 1_000_000L);
    long frac = (us * (1L << 32) + 999_999) / 1_000_000;
    w.be32(sec + EPOCH_OFFSET).be32(frac);
  }
}
