package io.wormbench.traffic.event;

/**
 * One NTP message (RFC 5905 section 7.3), as in Zeek's ntp.log (base/protocols/ntp/main.zeek).
 * Times are microseconds since the Unix epoch (NTP's 1900 era converted), intervals
 * microseconds; {@code poll} and {@code precision} are the powers of two the packet carries,
 * expanded.
 *
 * @param version the NTP version (3 or 4)
 * @param mode 1 symmetric active ... 3 client, 4 server, 5 broadcast, 6 control, 7 private
 * @param stratum 0 unspecified, 1 primary, 2-15 secondary, 16 unsynchronised
 * @param poll the maximum interval between messages
 * @param precision the clock's precision
 * @param rootDelay the round-trip delay to the reference clock
 * @param rootDisp the dispersion to the reference clock
 * @param refId the reference id: a four-letter code for stratum 0-1 ({@code GPS}), else an
 *     address
 * @param refTime the time the clock was last set
 * @param orgTime the originate timestamp
 * @param recTime the receive timestamp
 * @param xmtTime the transmit timestamp
 * @param numExts the number of extension fields
 */
public record NtpMessage(long ts, String uid, ConnId id, int version, int mode, int stratum,
    long poll, long precision, long rootDelay, long rootDisp, String refId, long refTime,
    long orgTime, long recTime, long xmtTime, int numExts) implements Event {
  @Override
  public EventKind kind() {
    return EventKind.NTP;
  }
}
