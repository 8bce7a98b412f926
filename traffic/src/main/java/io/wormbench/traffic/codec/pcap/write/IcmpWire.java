package io.wormbench.traffic.codec.pcap.write;

import io.wormbench.traffic.event.Connection;

/**
 * ICMP "connections" as Zeek keys them (RFC 792; Zeek's ICMP analyzer): the originator port is
 * the first message's type, the responder port the counterpart type of a request/reply pair
 * (echo 8/0, timestamp 13/14, information 15/16, address mask 17/18, router 10/9) or the code of
 * a one-way message (3 destination unreachable, 11 time exceeded...). The originator sends
 * requests or the one-way message; the responder sends replies echoing identifier and sequence.
 */
final class IcmpWire {
  private IcmpWire() {}

  /** True for the request types of request/reply pairs. */
  static boolean twoWay(int type) {
    return type == 8 || type == 13 || type == 15 || type == 17 || type == 10;
  }

  static void send(FrameEncoder enc, Pkt p) {
    Connection c = p.conv.c;
    int type = c.id().origP();
    int dir = p.fromOrig ? 0 : 1;
    int seq = ++p.conv.icmpSeq[dir];
    int ident = (c.uid().hashCode() >>> 16) & 0xffff;
    int src = p.fromOrig ? c.id().origH() : c.id().respH();
    int dst = p.fromOrig ? c.id().respH() : c.id().origH();
    if (twoWay(type)) {
      enc.icmp(p.ts, p.conv.side(p.fromOrig), src, dst, p.fromOrig ? type : c.id().respP(), 0, ident, seq, p.data, p.off,
          p.len);
    } else {
      // an error's payload is the invoking datagram, which the encoder synthesises
      enc.icmp(p.ts, p.conv.side(p.fromOrig), src, dst, type, c.id().respP(), ident, seq, null, 0, p.len);
    }
  }
}
