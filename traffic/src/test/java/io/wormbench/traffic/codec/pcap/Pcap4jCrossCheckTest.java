package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.file.CaptureReader;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.UdpPacket;

/**
 * Pcap4J's dissector as a second opinion on the hand-written Ethernet/IPv4/TCP/UDP decoding:
 * per-flow packet counts and UDP payload bytes from Pcap4J must equal those of the decoded
 * Connection records.
 */
class Pcap4jCrossCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"wikipedia.pcap", "coinhive-stratum.pcap", "sv_RDP-003.pcap",
      "bitcoin-mining.pcap"})
  void perFlowCounts_agreeWithPcap4j(String name) throws Exception {
    Path path = Captures.path(name);
    Map<String, long[]> pcap4j = new TreeMap<>();
    try (CaptureReader r = CaptureReader.open(path, new SkipLog())) {
      while (r.next((ts, data, off, cap, wire, link, offset) -> {
        try {
          Packet p = EthernetPacket.newPacket(Arrays.copyOfRange(data, off, off + cap), 0, cap);
          IpV4Packet ip = p.get(IpV4Packet.class);
          if (ip == null || ip.getHeader().getFragmentOffset() != 0 || ip.getHeader().getMoreFragmentFlag()) {
            return;
          }
          int src = Ipv4.parse(ip.getHeader().getSrcAddr().getHostAddress());
          int dst = Ipv4.parse(ip.getHeader().getDstAddr().getHostAddress());
          TcpPacket tcp = p.get(TcpPacket.class);
          UdpPacket udp = p.get(UdpPacket.class);
          if (tcp != null) {
            count(pcap4j, "tcp", src, tcp.getHeader().getSrcPort().valueAsInt(), dst,
                tcp.getHeader().getDstPort().valueAsInt(), 0);
          } else if (udp != null) {
            count(pcap4j, "udp", src, udp.getHeader().getSrcPort().valueAsInt(), dst,
                udp.getHeader().getDstPort().valueAsInt(), udp.getHeader().getLengthAsInt() - 8);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      })) {
        // all work happens in the handler
      }
    }
    Map<String, long[]> ours = new TreeMap<>();
    List<Connection> conns = Captures.of(Captures.events(path), Connection.class);
    for (Connection c : conns) {
      long[] v = ours.computeIfAbsent(key(c.proto() == Transport.TCP ? "tcp" : "udp",
          c.id().origH(), c.id().origP(), c.id().respH(), c.id().respP()), k -> new long[2]);
      v[0] += c.origPkts() + c.respPkts();
      v[1] += c.proto() == Transport.UDP ? c.origBytes() + c.respBytes() : 0;
    }
    assertThat(ours.keySet()).isEqualTo(pcap4j.keySet());
    for (String k : ours.keySet()) {
      assertThat(ours.get(k)).as(k).containsExactly(pcap4j.get(k));
    }
  }

  private static void count(Map<String, long[]> m, String proto, int a, int ap, int b, int bp,
      long bytes) {
    long[] v = m.computeIfAbsent(key(proto, a, ap, b, bp), k -> new long[2]);
    v[0]++;
    v[1] += bytes;
  }

  private static String key(String proto, int a, int ap, int b, int bp) {
    String x = Ipv4.format(a) + ":" + ap;
    String y = Ipv4.format(b) + ":" + bp;
    return proto + " " + (x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
  }

  @Test
  void pcap4jSeesTheSameRecordCount() {
    try (PcapEventSource s = PcapEventSource.open(Captures.path("wikipedia.pcap"))) {
      s.forEachRemaining(e -> { });
      assertThat(s.summary().records()).isEqualTo(136);
      assertThat(s.summary().decoded() + s.summary().skipped()).isEqualTo(136);
    }
  }
}
