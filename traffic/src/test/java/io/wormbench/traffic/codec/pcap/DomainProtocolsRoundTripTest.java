package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventKind;
import io.wormbench.traffic.event.EventSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: Kerberos, LDAP/CLDAP, NTP and SSH records written as packets decode back to the
 * same records on every field (uids through the links they make), with nothing skipped,
 * dropped or left unrecognised, and each connection's service identified.
 */
class DomainProtocolsRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void domainRecords_surviveWriteAndRead(long seed) {
    List<Event> in = DomainTraffic.generate(seed, 60);
    Path p = dir.resolve("domain-" + seed + ".pcap");
    PcapWriter.Stats stats = PcapWriter.write(EventSource.of(in), p);
    assertThat(stats.dropped()).isEmpty();
    List<Event> back = new ArrayList<>();
    CaptureSummary summary;
    try (PcapEventSource s = PcapEventSource.open(p)) {
      s.forEachRemaining(back::add);
      summary = s.summary();
    }
    assertThat(summary.skipped()).as(summary.describe()).isZero();
    RealCaptureTest.assertTimeOrderedAndLinked(back);
    assertThat(records(back)).isEqualTo(records(in));
    assertThat(services(back)).isEqualTo(services(in));
    assertThat(icmp(back)).isEqualTo(icmp(in)).isNotEmpty();
    Set<EventKind> kinds = in.stream().map(Event::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventKind.class)));
    assertThat(kinds).contains(EventKind.KERBEROS, EventKind.LDAP, EventKind.LDAP_SEARCH,
        EventKind.NTP, EventKind.SSH, EventKind.DHCP, EventKind.SNMP, EventKind.DNS);
  }

  private static List<String> records(List<Event> events) {
    List<Event> recs = events.stream().filter(e -> !(e instanceof Connection)).toList();
    List<Event> conns = events.stream().filter(e -> e instanceof Connection).toList();
    return RoundTripTest.canonical(concat(conns, recs)).stream()
        .filter(s -> !s.startsWith("Connection[")).toList();
  }

  private static List<String> services(List<Event> events) {
    return events.stream().filter(e -> e instanceof Connection).map(e -> (Connection) e)
        .map(c -> c.id() + " " + c.proto() + " " + c.service()).sorted().toList();
  }

  /** ICMP connections on every field but the uid. */
  private static List<String> icmp(List<Event> events) {
    return events.stream().filter(e -> e instanceof Connection c
            && c.proto() == io.wormbench.traffic.event.Transport.ICMP)
        .map(e -> e.toString().replace(e.uid(), "")).sorted().toList();
  }

  private static List<Event> concat(List<Event> a, List<Event> b) {
    List<Event> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
