package io.wormbench.traffic.codec.pcap;

/**
 * A capture that cannot be read at all (not a pcap/pcapng file, unreadable, header cut). The
 * message is one line naming the file and the byte offset, fit to print without a stack trace.
 * Damage after the header is not an exception: it is skipped and reported in
 * {@link CaptureSummary}.
 */
public final class CaptureException extends RuntimeException implements io.wormbench.traffic.BadInput {
  private static final long serialVersionUID = 1L;

  public CaptureException(String file, long offset, String reason) {
    super(file + ": byte " + offset + ": " + reason, null, false, false);
  }
}
