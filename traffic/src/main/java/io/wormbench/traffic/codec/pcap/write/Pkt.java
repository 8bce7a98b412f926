package io.wormbench.traffic.codec.pcap.write;

/**
 * One packet, or one send cut into MSS-sized segments when written, waiting in the writer's
 * time-ordered queue; or a connection's teardown task.
 * Payload is a slice of a message array (null for zeros), so segmenting copies nothing.
 */
final class Pkt implements Comparable<Pkt> {
  static final int FIN = 0x01;
  static final int SYN = 0x02;
  static final int RST = 0x04;
  static final int PSH = 0x08;
  static final int ACK = 0x10;
  /** Marks a task (teardown set) that is a keep-alive check, not the teardown. */
  static final int TICK = 0x100;
  /** Marks the task that places a handshake's SYN-ACK once the first record's time is known. */
  static final int HANDSHAKE = 0x200;

  final long ts;
  final long order;
  final Conversation conv;
  final boolean fromOrig;
  final boolean teardown;
  final int flags;
  final int seq;
  final int ack;
  final byte[] data;
  final int off;
  final int len;

  Pkt(long ts, long order, Conversation conv, boolean fromOrig, boolean teardown, int flags,
      int seq, int ack, byte[] data, int off, int len) {
    this.ts = ts;
    this.order = order;
    this.conv = conv;
    this.fromOrig = fromOrig;
    this.teardown = teardown;
    this.flags = flags;
    this.seq = seq;
    this.ack = ack;
    this.data = data;
    this.off = off;
    this.len = len;
  }

  @Override
  public int compareTo(Pkt o) {
    int c = Long.compare(ts, o.ts);
    return c != 0 ? c : Long.compare(order, o.order);
  }
}
