package io.wormbench.traffic.codec.pcap.write;

/**
 * One side of a conversation as its packets show it: the sender's stack, the TTL seen at the
 * capture point (initial TTL less the router hops), the Ethernet addresses of its frames, and
 * its IP identification counter (shared by the host, per connection, or random, as its
 * stack does it).
 */
final class Endpoint {
  final Stack stack;
  final Stack peer;
  final int ttl;
  final long srcMac;
  final long dstMac;
  final int window;
  private final int[] hostIpId;
  private int ipId;
  private int random;
  private final int tsBase;

  Endpoint(Stack stack, Stack peer, int hops, long srcMac, long dstMac, int[] hostIpId, int seed) {
    this.stack = stack;
    this.peer = peer;
    this.ttl = Math.max(1, stack.ttl - hops);
    this.srcMac = srcMac;
    this.dstMac = dstMac;
    this.window = stack.window(stack.wscale >= 0 && peer.wscale >= 0);
    this.hostIpId = hostIpId;
    this.ipId = seed & 0xffff;
    this.random = seed | 1;
    this.tsBase = seed * 7919;
  }

  /** The IPv4 identification of this side's next packet. */
  int nextIpId(int flags) {
    return switch (stack.ipId) {
      case PER_HOST -> hostIpId[0]++ & 0xffff;
      case PER_CONNECTION -> (flags & (Pkt.SYN | Pkt.ACK)) == (Pkt.SYN | Pkt.ACK) ? 0
          : ipId++ & 0xffff;
      case RANDOM -> {
        random ^= random << 13;
        random ^= random >>> 17;
        random ^= random << 5;
        yield random & 0xffff;
      }
    };
  }

  /** TCP options of a SYN (no ACK) or SYN-ACK sent at {@code ts} (microseconds). */
  byte[] options(int flags, long ts) {
    if ((flags & Pkt.ACK) == 0) {
      return stack.synOptions(tsBase + (int) (ts / 1000));
    }
    return stack.synAckOptions(peer);
  }

  int synWindow() {
    return stack.synWindow;
  }
}
