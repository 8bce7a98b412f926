package io.wormbench.traffic.codec.pcap.proto;

import io.wormbench.traffic.event.SshSession;
import io.wormbench.traffic.net.Ipv4;

/**
 * SSH (RFC 4253): the identification string of each side and the algorithms both KEXINITs
 * agree on (the client's first choice the server also offers, as Zeek's ssh/main.zeek
 * {@code find_alg} picks them), emitted as one {@link SshSession} at the first banner's time
 * when the connection ends. Like Zeek, the direction comes from which end is local (RFC 1918
 * and RFC 6598 space here); authentication outcome and host key are not inferred.
 */
final class SshDecoder extends AppDecoder {
  private final StreamBuffer[] streams = {new StreamBuffer(), new StreamBuffer()};
  private final String[] banners = {"", ""};
  private final String[][] lists = new String[2][];
  private long ts = -1;

  static boolean sniff(byte[] b, int off, int len) {
    return Bytes.startsWith(b, off, off + len, "SSH-");
  }

  @Override
  public String service() {
    return "ssh";
  }

  @Override
  public void data(FlowContext f, boolean fromOrig, long t, byte[] b, int off, int len) {
    int dir = fromOrig ? 0 : 1;
    if (dead[dir]) {
      return;
    }
    StreamBuffer s = streams[dir];
    s.append(b, off, len);
    if (banners[dir].isEmpty()) {
      int nl = s.indexOfNewline(0);
      if (nl < 0) {
        if (s.length() > 255) {
          dead[dir] = true;
        }
        return;
      }
      String line = Bytes.latin1(s.array(), 0, nl, s.length()).stripTrailing();
      s.consume(nl + 1);
      if (!line.startsWith("SSH-")) {
        dead[dir] = true;
        return;
      }
      banners[dir] = line;
      confirmed = true;
      if (ts < 0) {
        ts = t;
      }
    }
    if (lists[dir] == null && s.length() >= 6) {
      byte[] a = s.array();
      long n = Bytes.be16(a, 0, s.length()) * 65536L + Bytes.be16(a, 2, s.length());
      if (n > 35_000 || a[5] != 20) {
        dead[dir] = true;
        return;
      }
      if (s.length() >= 4 + n) {
        lists[dir] = nameLists(a, 6 + 16, (int) (4 + n));
        dead[dir] = true; // after KEXINIT the rest is key exchange and ciphertext
        s.clear();
      }
    }
  }

  private static String[] nameLists(byte[] a, int p, int end) {
    String[] out = new String[10];
    for (int i = 0; i < 10; i++) {
      int n = Bytes.be16(a, p, end) * 65536 + Bytes.be16(a, p + 2, end);
      if (n < 0 || p + 4 + n > end) {
        return null;
      }
      out[i] = Bytes.latin1(a, p + 4, n, end);
      p += 4 + n;
    }
    return out;
  }

  @Override
  public void end(FlowContext f) {
    if (ts < 0) {
      return;
    }
    String client = banners[0];
    String server = banners[1];
    int version = client.startsWith("SSH-2.") || server.startsWith("SSH-2.")
        || client.startsWith("SSH-1.99") ? 2 : client.startsWith("SSH-1.") ? 1 : 0;
    boolean lo = Ipv4.isLocal(f.id().origH());
    boolean lr = Ipv4.isLocal(f.id().respH());
    String direction = lo == lr ? "" : lo ? "OUTBOUND" : "INBOUND";
    String[] c = lists[0];
    String[] s = lists[1];
    boolean both = c != null && s != null;
    f.emit(new SshSession(ts, f.uid(), f.id(), version, false, 0, direction, client, server,
        both ? pick(c[2], s[2]) : "", both ? pick(c[4], s[4]) : "",
        both ? pick(c[6], s[6]) : "", both ? pick(c[0], s[0]) : "",
        both ? pick(c[1], s[1]) : "", ""));
    ts = -1;
  }

  private static String pick(String client, String server) {
    java.util.List<String> offered = java.util.List.of(server.split(","));
    for (String a : client.split(",")) {
      if (offered.contains(a)) {
        return a;
      }
    }
    return "Algorithm negotiation failed";
  }
}
