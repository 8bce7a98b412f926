package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.codec.pcap.SkipLog;
import io.wormbench.traffic.event.NtpMessage;

/**
 * NTP over UDP 123 (RFC 5905 section 7.3): one {@link NtpMessage} per packet, as a row of
 * Zeek's ntp.log. Timestamps become Unix microseconds (truncated), the zero timestamp 0;
 * poll and precision expand their exponents, root delay and dispersion their 16.16 values.
 * The reference id is a four-letter code at stratum 0-1 and an address above.
 */
final class NtpDecoder extends AppDecoder {
  private static final long EPOCH_OFFSET = 2_208_988_800L;

  @Override
  public String service() {
    return "ntp";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long ts, byte[] b, int off, int len) {
    int end = off + len;
    int version = len > 0 ? (b[off] >> 3) & 7 : 0;
    if (len < 48 || version < 1 || version > 4) {
      f.log().add(f.offset(), SkipLog.APP_MALFORMED, "NTP packet of " + len + " bytes");
      return;
    }
    confirmed = true;
    int stratum = b[off + 1] & 0xff;
    long poll = interval(b[off + 2]);
    long precision = interval(b[off + 3]);
    long rootDelay = Math.round(u32(b, off + 4, end) * 1e6 / 65536.0);
    long rootDisp = Math.round(u32(b, off + 8, end) * 1e6 / 65536.0);
    String refId;
    if (stratum > 1) {
      refId = (b[off + 12] & 0xff) + "." + (b[off + 13] & 0xff) + "." + (b[off + 14] & 0xff)
          + "." + (b[off + 15] & 0xff);
      if (refId.equals("0.0.0.0")) {
        refId = "";
      }
    } else {
      int n = 0;
      while (n < 4 && b[off + 12 + n] != 0) {
        n++;
      }
      refId = Bytes.latin1(b, off + 12, n, end);
    }
    int exts = (len - 48) / 16; // RFC 7822 extension fields are at least 16 bytes
    f.emit(new NtpMessage(ts, f.uid(), f.id(), version, b[off] & 7, stratum, poll, precision,
        rootDelay, rootDisp, refId, time(b, off + 16, end), time(b, off + 24, end),
        time(b, off + 32, end), time(b, off + 40, end), exts));
  }

  @Override
  public boolean done() {
    return false;
  }

  private static long interval(byte exponent) {
    return Math.round(Math.pow(2, exponent) * 1e6);
  }

  private static long u32(byte[] b, int p, int end) {
    return ((long) Bytes.be16(b, p, end) << 16) | Bytes.be16(b, p + 2, end);
  }

  private static long time(byte[] b, int p, int end) {
    long sec = u32(b, p, end);
    long frac = u32(b, p + 4, end);
    if (sec == 0 && frac == 0) {
      return 0;
    }
    return (sec - EPOCH_OFFSET) * 1_000_000L + (frac * 1_000_000L >>> 32);
  }
}
