package io.wormbench.evaluation.fidelity;

import static io.wormbench.evaluation.fidelity.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wormbench.traffic.event.ConnState;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every scorecard statistic on a tiny fixture whose expected value is worked out by hand in the
 * comments. The last check fails when a registered statistic has no such fixture.
 */
class FidelityStatisticsTest {
  private static final Set<String> CHECKED = new HashSet<>();
  private static final Reference TWO_KEY = ReferenceFile.parse("two-key.yaml", """
      distributions:
        portMix: {source: test, shares: {udp/53: 0.5, tcp/445: 0.5}}
        tcpStates: {source: test, shares: {SF: 0.5, RSTO: 0.5}}
      """);

  private static void expect(Map<String, Double> v, String id, double expected) {
    assertThat(v).as("statistic " + id + " is registered").containsKey(id);
    if (Double.isNaN(expected)) {
      assertThat(v.get(id)).as(id).isNaN();
    } else {
      assertThat(v.get(id)).as(id).isCloseTo(expected, within(1e-9));
    }
    CHECKED.add(id);
  }

  @Test
  void volumeFixture_givesConnectionsDestinationsNightAndSilentClassesByRole() {
    Fixture f = new Fixture();
    // WS1: day 0 to SRV, SRV, EXT, EXT; day 1 to EXT, EXT. WS2: day 0 to SRV and EXT.
    f.tcp(at(0, 9), WS1, SRV, 80);
    f.tcp(at(0, 10), WS1, SRV, 80);
    f.tcp(at(0, 11), WS1, EXT, 443);
    f.tcp(at(0, 12), WS1, EXT, 443);
    f.tcp(at(1, 9), WS1, EXT, 443);
    f.tcp(at(1, 10), WS1, EXT, 443);
    f.tcp(at(0, 9), WS2, SRV, 80);
    f.tcp(at(0, 9), WS2, EXT, 443);
    // IOT, day 1 at night (03-05 h), to three destinations.
    f.udp(at(1, 3), IOT, EXT, 123);
    f.udp(at(1, 4), IOT, EXT2, 123);
    f.udp(at(1, 5), IOT, DC, 53);
    Map<String, Double> v = f.values();
    // 11 originated connections, 6 hosts in the table, 2 days.
    expect(v, "conns.per_host_day.all", 11.0 / 12);
    expect(v, "conns.per_host_day.workstation", 8.0 / 4);
    expect(v, "conns.per_host_day.server", 0);
    expect(v, "conns.per_host_day.iot", 3.0 / 2);
    expect(v, "conns.per_host_day.printer", 0);
    // host-days: WS1 d0 {SRV, EXT}, WS1 d1 {EXT}, WS2 d0 {SRV, EXT}; IOT d1 {EXT, EXT2, DC}.
    expect(v, "dest.per_host_day.workstation", 5.0 / 3);
    expect(v, "dest.per_host_day.iot", 3);
    expect(v, "dest.per_host_day.all", 8.0 / 4);
    expect(v, "dest.per_host_day.server", Double.NaN);
    expect(v, "dest.per_host_day.printer", Double.NaN);
    // Night (22-06): the 3 IOT connections; servers: DC's 1 of DC+SRV's 4 touched.
    expect(v, "time.night_share.all", 3.0 / 11);
    expect(v, "time.night_share.iot", 1);
    expect(v, "time.night_share.server", 1.0 / 4);
    expect(v, "time.night_share.workstation", 0);
    expect(v, "time.night_share.printer", Double.NaN);
    // DC is reached by IOT alone, PRN by nobody: two silent roles; SRV is reached by two.
    expect(v, "roles.silent_classes", 2);
  }

  @Test
  void weekendConnections_countPerRole() {
    Fixture f = new Fixture().days(7);
    // 2026-03-07 and 08 are Saturday and Sunday (days 5 and 6).
    f.tcp(at(0, 9), WS1, EXT, 443);
    f.tcp(at(1, 9), WS1, EXT, 443);
    f.tcp(at(5, 9), WS1, EXT, 443);
    f.tcp(at(6, 9), SRV, EXT, 443);
    Map<String, Double> v = f.values();
    expect(v, "time.weekend_share.all", 2.0 / 4);
    expect(v, "time.weekend_share.workstation", 1.0 / 3);
    expect(v, "time.weekend_share.server", 1);
    expect(v, "time.weekend_share.iot", Double.NaN);
    expect(v, "time.weekend_share.printer", Double.NaN);
  }

  @Test
  void portFixture_givesKeysPerDayCoverageAndDivergences() {
    Fixture f = new Fixture();
    // Day 0: tcp/445 x2, udp/53, tcp/50000 and tcp/60000 (one key: tcp/49152+).
    f.tcp(at(0, 9), WS1, SRV, 445);
    f.tcp(at(0, 9), WS1, SRV, 445);
    f.udp(at(0, 9), WS1, DC, 53);
    f.tcp(at(0, 9), WS1, SRV, 50000);
    f.tcp(at(0, 9), WS1, SRV, 60000);
    // Day 1: udp/53 x2, tcp/445.
    f.udp(at(1, 9), WS1, DC, 53);
    f.udp(at(1, 9), WS1, DC, 53);
    f.tcp(at(1, 9), WS1, SRV, 445);
    Map<String, Double> v = f.measure(TWO_KEY).run().values();
    expect(v, "ports.distinct_per_day", 2.5); // median of 3 and 2
    expect(v, "ports.keys_99", 3); // 3 + 3 + 2 of 8: all three keys for 7.92
    // JSD((.4, .2, .4), (1/3, 2/3, 0)) in bits, worked out term by term.
    expect(v, "ports.day_to_day_jsd", 0.29780399296521237);
    // run (445: 3/8, 53: 3/8, other: 2/8) against (.5, .5, 0).
    expect(v, "ports.mix_jsd", 0.1379253809700299);
    // The two tcp/49152+ connections reach a local host: dynamic RPC.
    expect(v, "share.rpc", 2.0 / 8);
  }

  @Test
  void stateFixture_givesFailedResetAndUdpShares() {
    Fixture f = new Fixture();
    long t = at(0, 9);
    f.tcp(t, WS1, EXT, 443, ConnState.S0);
    f.tcp(t, WS1, EXT, 443, ConnState.S0);
    f.tcp(t, WS1, EXT, 443, ConnState.REJ);
    f.tcp(t, WS1, EXT, 443, ConnState.OTH);
    f.tcp(t, WS1, EXT, 443, ConnState.SF);
    f.tcp(t, WS2, EXT, 443, ConnState.SF);
    f.tcp(t, WS2, EXT, 443, ConnState.RSTO);
    f.tcp(t, WS2, EXT, 443, ConnState.RSTO);
    f.tcp(t, WS2, EXT, 443, ConnState.RSTR);
    f.tcp(t, IOT, EXT, 443, ConnState.SF);
    f.udp(t, IOT, EXT, 123);
    f.udp(t, IOT, EXT, 123);
    f.udpNoReply(t, IOT, EXT2, 123);
    Map<String, Double> v = f.measure(TWO_KEY).run().values();
    // 10 TCP: SF 3, S0 2, REJ 1, OTH 1, RSTO 2, RSTR 1; UDP states do not count.
    expect(v, "tcp.failed_share", 4.0 / 10);
    expect(v, "tcp.rst_share", 3.0 / 10);
    expect(v, "tcp.sf_share", 3.0 / 10);
    expect(v, "tcp.failed_originators", 1.0 / 3); // WS1 of WS1, WS2, IOT
    // (SF .3, RSTO .2, other .5) against (.5, .5, 0).
    expect(v, "tcp.state_jsd", 0.3161341998316931);
    expect(v, "udp.share", 3.0 / 13);
    expect(v, "udp.unanswered", 1.0 / 3);
    expect(v, "udp.share.iot", 3.0 / 4);
  }

  /** The domain fixture: 18 connections, 11 with the DC, 4 SMB of which 2 with the DC. */
  private static Fixture domain() {
    Fixture f = new Fixture();
    long t = at(0, 9);
    int llmnr = Ipv4.parse("224.0.0.252");
    int mdns = Ipv4.parse("224.0.0.251");
    f.conn(t, WS1, DC, Transport.TCP, 88, "krb_tcp", ConnState.SF, 1, 1, 1, 1, 1);
    f.udp(t, WS1, DC, 88);
    f.tcp(t, WS1, DC, 389);
    f.udp(t, WS1, DC, 389);
    f.tcp(t, WS2, DC, 636);
    f.tcp(t, WS1, DC, 135);
    f.tcp(t, WS1, DC, 49700);
    f.tcp(t, WS1, EXT, 50000); // dynamic port of an outside host: not RPC
    f.udp(t, WS1, DC, 137);
    f.udp(t, WS2, DC, 138);
    f.tcp(t, WS1, DC, 139);
    f.tcp(t, WS1, DC, 445);
    f.tcp(t, WS1, SRV, 445);
    f.tcp(t, WS2, SRV, 445);
    f.udp(t, IOT, EXT, 123);
    f.udpNoReply(t, WS1, llmnr, 5355);
    f.udpNoReply(t, WS1, mdns, 5353);
    f.udpNoReply(t, WS2, mdns, 5353);
    return f;
  }

  @Test
  void domainFixture_givesProtocolSharesWindowsHostsAndDomainControllerShares() {
    Map<String, Double> v = domain().values();
    expect(v, "share.kerberos", 2.0 / 18);
    expect(v, "share.ldap", 3.0 / 18); // 389 twice, 636
    expect(v, "share.netbios", 3.0 / 18); // udp/137, udp/138, tcp/139
    expect(v, "share.ntp", 1.0 / 18);
    // Windows hosts of the table: DC, WS1, WS2. DC sends nothing.
    expect(v, "windows.netbios_hosts", 2.0 / 3);
    expect(v, "windows.llmnr_hosts", 1.0 / 3);
    expect(v, "windows.mdns_hosts", 2.0 / 3);
    expect(v, "dc.conn_share", 11.0 / 18);
    expect(v, "dc.smb_share", 2.0 / 4);
  }

  @Test
  void domainFixtureWithoutTruth_guessesDomainControllerAndWindowsHostsFromPorts() {
    FidelityRun run = domain().measureWithoutTruth(ReferenceFile.defaults()).run();
    Map<String, Double> v = run.values();
    assertThat(run.roles()).startsWith("heuristic");
    // 10.0.0.1 answers 88, so it is the DC; WS1 and WS2 originate SMB/NetBIOS: Windows.
    assertThat(v.get("dc.conn_share")).isCloseTo(11.0 / 18, within(1e-9));
    assertThat(v.get("dc.smb_share")).isCloseTo(2.0 / 4, within(1e-9));
    assertThat(v.get("windows.netbios_hosts")).isEqualTo(1.0);
    assertThat(v.get("windows.llmnr_hosts")).isEqualTo(0.5);
    // Local hosts are the five RFC 1918 addresses seen; multicast groups are not hosts.
    assertThat(v.get("conns.per_host_day.all")).isCloseTo(18.0 / 5 / (1.0 / 24), within(1e-9));
    assertThat(v.get("roles.silent_classes")).isNaN();
  }

  @Test
  void dnsFixture_givesRcodeAndQtypeShares() {
    Fixture f = new Fixture();
    long t = at(0, 9);
    for (int i = 0; i < 5; i++) {
      f.dns(t, "A", "NOERROR");
    }
    f.dns(t, "AAAA", "NXDOMAIN").dns(t, "AAAA", "NXDOMAIN").dns(t, "SRV", "")
        .dns(t, "PTR", "NOERROR").dns(t, "A", "SERVFAIL");
    Map<String, Double> v = f.values();
    expect(v, "dns.noerror", 0.6);
    expect(v, "dns.nxdomain", 0.2);
    expect(v, "dns.unanswered", 0.1);
    expect(v, "dns.qtype.a", 0.6);
    expect(v, "dns.qtype.aaaa", 0.2);
    expect(v, "dns.qtype.srv", 0.1);
    expect(v, "dns.qtype.ptr", 0.1);
  }

  @Test
  void sizeFixture_givesNearestRankQuantilesKsAndLongShare() {
    Fixture f = new Fixture();
    long[] bytes = {0, 0, 100, 200, 300, 400, 500, 1000, 5000, 100_000};
    double[] seconds = {0, 0, 0.001, 0.01, 0.1, 1, 10, 100, 600, 660};
    for (int i = 0; i < bytes.length; i++) {
      f.conn(at(0, 9), WS1, EXT, Transport.TCP, 443, "", ConnState.SF, bytes[i], 0,
          Math.round(seconds[i] * Micros.SECOND), 1, 1);
    }
    Map<String, Double> v = f.values();
    expect(v, "conn.zero_payload", 0.2);
    expect(v, "conn.bytes.p50", 300); // rank ceil(5) = 5th
    expect(v, "conn.bytes.p90", 5000); // 9th
    expect(v, "conn.bytes.p99", 100_000); // 10th
    // F(0) = .2 vs .111, F(377) = .5, F(6823) = .9, F(325860) = 1 vs .99: max .089.
    expect(v, "conn.bytes.ks", 0.2 - 0.111);
    expect(v, "conn.duration.p50", 0.1);
    expect(v, "conn.duration.p90", 600);
    expect(v, "conn.duration.p99", 660);
    // F(0.006 s) = .3 vs .5, F(12.4) = .7 vs .9, F(115) = .8 vs .99: max .2.
    expect(v, "conn.duration.ks", 0.2);
    expect(v, "conn.long_share", 0.1); // 660 s only; 600 s is not longer than 10 minutes
  }

  @Test
  void httpAndTlsFixture_givesAgentsNonBrowsersErrorsVersionsAndSni() {
    Fixture f = new Fixture();
    long t = at(0, 9);
    f.http(t, WS1, "Mozilla/5.0 A", 200).http(t, WS1, "Microsoft-CryptoAPI/10.0", 200)
        .http(t, WS2, "Mozilla/5.0 A", 404).http(t, WS2, "Mozilla/5.0 B", 0)
        .http(t, EXT, "curl/8.5", 500);
    f.tls(t, "a.example", "TLSv12").tls(t, "", "TLSv13").tls(t, "b.example", "TLSv10")
        .tls(t, "", "TLSv12").tls(t, "c.example", "");
    Map<String, Double> v = f.values();
    // Local clients WS1, WS2 with 3 distinct agents; the outside client is not counted.
    expect(v, "http.agents_per_client", 3.0 / 2);
    expect(v, "http.nonbrowser_clients", 1.0 / 2);
    expect(v, "http.non2xx", 2.0 / 4); // 404 and 500 of 4 answered
    expect(v, "tls.versions", 3);
    expect(v, "tls.sni_less", 2.0 / 5);
  }

  @Test
  void runWithoutDnsHttpOrTls_leavesTheirStatisticsUnmeasured() {
    Fixture f = new Fixture();
    f.tcp(at(0, 9), WS1, EXT, 443);
    Map<String, Double> v = f.values();
    assertThat(v.get("dns.nxdomain")).isNaN();
    assertThat(v.get("http.non2xx")).isNaN();
    assertThat(v.get("tls.versions")).isNaN();
  }

  @AfterAll
  static void everyRegisteredStatistic_hasAHandWorkedFixture() {
    Set<String> all = new TreeSet<>();
    FidelityStatistics.all().forEach(s -> all.add(s.id()));
    all.removeAll(CHECKED);
    assertThat(all).as("statistics without a fixture in this test").isEmpty();
  }
}
