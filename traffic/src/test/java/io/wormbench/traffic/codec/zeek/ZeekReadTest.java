package io.wormbench.traffic.codec.zeek;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZeekReadTest {
  static Path realLogs() throws URISyntaxException {
    return Path.of(ZeekReadTest.class.getResource("real/conn.log").toURI()).getParent();
  }

  static List<Event> readAll(ZeekEventSource source) {
    List<Event> out = new ArrayList<>();
    try (source) {
      source.forEachRemaining(out::add);
    }
    return out;
  }

  private static final ConnId ID =
      new ConnId(Ipv4.parse("192.168.1.99"), 62978, Ipv4.parse("192.168.1.1"), 53);

  @Test
  void realZeekDirectory_readsConnectionThenDnsRecord() throws Exception {
    List<Event> events = readAll(ZeekEventSource.open(realLogs()));
    assertThat(events).containsExactly(
        new Connection(1_632_928_690_500_620L, "CvVbVi3kNVC4LPU90f", ID, Transport.UDP, "dns",
            27_648, 55, 134, 1, 1, ConnState.SF, "Dd", 0, 83, 162, false, false),
        new DnsQuery(1_632_928_690_500_620L, "CvVbVi3kNVC4LPU90f", ID, "cloudflare.com",
            "HTTPS", "NOERROR", List.of(), 0, 1, List.of(), false, false, true, false));
  }

  @Test
  void realConnLog_ipBytesMatchTheConvenienceDerivation() throws Exception {
    // Zeek counted 55 payload bytes in one UDP packet as 83 IP bytes: 28 bytes of headers,
    // which is what the 11-argument Connection constructor assumes.
    Connection c = (Connection) readAll(ZeekEventSource.open(realLogs())).get(0);
    assertThat(Connection.ipBytes(Transport.UDP, c.origBytes(), c.origPkts()))
        .isEqualTo(c.origIpBytes());
    assertThat(Connection.ipBytes(Transport.UDP, c.respBytes(), c.respPkts()))
        .isEqualTo(c.respIpBytes());
    assertThat(new Connection(c.ts(), c.uid(), c.id(), c.proto(), c.service(), c.duration(),
        c.origBytes(), c.respBytes(), c.origPkts(), c.respPkts(), c.state()).history())
        .isEqualTo(c.history());
  }

  @Test
  void realZeekSingleFile_readsOnlyThatLog() throws Exception {
    List<Event> events = readAll(ZeekEventSource.open(realLogs().resolve("dns.log")));
    assertThat(events).hasSize(1).first().isInstanceOf(DnsQuery.class);
  }

  @Test
  void directory_listsOnlyKnownLogsSorted() throws Exception {
    try (ZeekEventSource s = ZeekEventSource.open(realLogs())) {
      assertThat(s.files()).containsExactly("conn.log", "dns.log");
    }
  }
}
