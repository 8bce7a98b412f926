package io.wormbench.traffic.codec.pcap.flow;

import java.util.TreeMap;

/**
 * Sequence-space bookkeeping for one direction of a TCP connection: the byte count Zeek reports
 * (highest sequence reached minus the initial sequence, so retransmissions are not counted
 * twice) and the in-order delivery point for reassembly, with a small bounded store for
 * segments that arrive early.
 */
final class TcpDirection {
  static final int MAX_PENDING = 1 << 20;
  boolean init;
  int base;
  long maxEnd;
  /** Next relative sequence number reassembly expects. */
  long next;
  boolean broken;
  TreeMap<Long, byte[]> pending;
  int pendingBytes;

  /** Relative sequence of {@code seq}, negative when it lies before the base. */
  long rel(int seq) {
    long r = (seq - base) & 0xffffffffL;
    return r >= 0x80000000L ? r - 0x100000000L : r;
  }

  void observe(boolean syn, int seq, int wireLen) {
    if (!init) {
      init = true;
      base = syn ? seq + 1 : seq;
      next = 0;
    }
    if (wireLen > 0) {
      long end = rel(seq) + wireLen;
      if (end > maxEnd) {
        maxEnd = end;
      }
    }
  }
}
