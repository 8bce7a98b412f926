package io.wormbench.traffic.codec.pcap.proto;

/**
 * Dynamic protocol detection in the spirit of Zeek's DPD: the first originator payload of a TCP
 * connection picks the decoder by its content (not its port), UDP uses the DNS ports. Returns
 * null when nothing matches, which lets flow assembly skip reassembly for that connection.
 */
public final class Protocols {
  private Protocols() {}

  /** A decoder for a UDP flow between these ports, or null. */
  public static AppDecoder forUdp(int origP, int respP) {
    if (isDns(respP) || isDns(origP)) {
      return new DnsDecoder(false);
    }
    if (respP == 137 || origP == 137) {
      return new DnsDecoder(true);
    }
    return DomainProtocols.forUdp(origP, respP);
  }

  private static boolean isDns(int p) {
    return p == 53 || p == 5353 || p == 5355;
  }

  /** A decoder recognising the first originator payload, or null. */
  public static AppDecoder sniffTcp(byte[] b, int off, int len, int origP, int respP) {
    int end = off + len;
    if (len >= 8 && b[off] == 0 && (b[off + 4] == (byte) 0xFE || b[off + 4] == (byte) 0xFF)
        && b[off + 5] == 'S' && b[off + 6] == 'M' && b[off + 7] == 'B') {
      return new SmbDecoder();
    }
    if (len >= 6 && b[off] == 3 && b[off + 1] == 0 && (b[off + 5] & 0xf0) == 0xE0) {
      return new RdpDecoder();
    }
    if (len >= 6 && b[off] == 0x16 && b[off + 1] == 3 && b[off + 5] == 1) {
      return new TlsDecoder();
    }
    if (len >= 16 && b[off] == 5 && b[off + 1] == 0 && (b[off + 2] == 11 || b[off + 2] == 0
        || b[off + 2] == 14)) {
      return new DceRpcDecoder();
    }
    if (HttpDecoder.isRequestStart(b, off, end)) {
      return new HttpDecoder();
    }
    if (len >= 2 && b[off] == '{' && contains(b, off, Math.min(end, off + 512), "\"method\"")) {
      return new StratumDecoder();
    }
    return DomainProtocols.sniffTcp(b, off, len);
  }

  static boolean contains(byte[] b, int from, int end, String ascii) {
    outer:
    for (int i = from; i + ascii.length() <= end; i++) {
      for (int j = 0; j < ascii.length(); j++) {
        if (b[i + j] != (byte) ascii.charAt(j)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
