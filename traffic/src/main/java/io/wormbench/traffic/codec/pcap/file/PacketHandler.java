package io.wormbench.traffic.codec.pcap.file;

/**
 * Receives each packet record of a capture. The bytes are only valid during the call: the
 * reader reuses its buffer, which is what keeps the read loop free of per-packet allocation.
 */
@FunctionalInterface
public interface PacketHandler {
  /**
   * @param ts packet time, microseconds since the epoch
   * @param data buffer holding the packet
   * @param off first byte of the packet (link-layer header) in {@code data}
   * @param capLen captured bytes
   * @param origLen bytes on the wire (greater than capLen when cut by the snap length)
   * @param linkType the interface's LINKTYPE_ value (1 = Ethernet)
   * @param offset byte offset of the record in the file, for error reports
   */
  void packet(long ts, byte[] data, int off, int capLen, int origLen, int linkType, long offset);

  /**
   * The capture's clock reached {@code ts} (microseconds since the epoch) with no packet: a live
   * interface on a quiet link. Lets idle flows expire as they would had a packet arrived. Files
   * never call it; handlers with no clock ignore it.
   */
  default void advance(long ts) {}
}
