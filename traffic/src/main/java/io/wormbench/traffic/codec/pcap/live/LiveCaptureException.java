package io.wormbench.traffic.codec.pcap.live;

/**
 * A live capture that cannot start: libpcap missing, no such interface, no permission to
 * capture, or a filter libpcap rejects. The message is one line, fit to print without a stack
 * trace, e.g. {@code live capture: interface 'eth9' not found (available: lo, eth0)}.
 */
public final class LiveCaptureException extends RuntimeException implements io.wormbench.traffic.BadInput {
  private static final long serialVersionUID = 1L;

  /** Why the capture could not start, so callers (and tests) can tell the cases apart. */
  public enum Reason { NO_LIBPCAP, NO_INTERFACE, PERMISSION, BAD_FILTER, OTHER }

  private final Reason reason;

  LiveCaptureException(Reason reason, String message) {
    super("live capture: " + message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
