package io.wormbench.simulator.benign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wormbench.simulator.Simulation;
import io.wormbench.simulator.SimulationSpec;
import io.wormbench.simulator.Simulator;
import io.wormbench.traffic.codec.pcap.write.DnsWire;
import io.wormbench.traffic.event.ConnId;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.SmbTreeConnect;
import io.wormbench.traffic.event.Transport;
import io.wormbench.traffic.spec.SpecReader;
import io.wormbench.traffic.time.Micros;
import io.wormbench.traffic.truth.HostInfo;
import io.wormbench.traffic.truth.OsFamily;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Windows-domain background as a Windows network shows it: Kerberos before SMB, the KDC's
 * normal and failed answers, the group-policy timer, and the name-service fallbacks of every
 * Windows host. Statistical checks hold for several seeds with tolerances from the defaults,
 * not from one seed's output.
 */
class DomainBackgroundTest {
  private static final String DAY = """
      start: 2026-03-03
      duration: 1d
      learningPeriod: 1h
      network: {profile: small-office}
      """;

  private record Run(List<Event> events, List<HostInfo> hosts) {}

  private static Run run(String yaml, long seed) {
    Simulation sim = Simulator.start(SimulationSpec.from(SpecReader.read("test.yaml", yaml)),
        seed);
    List<Event> out = new ArrayList<>();
    try (EventSource s = sim.events()) {
      s.forEachRemaining(out::add);
    }
    return new Run(out, sim.truth().hosts());
  }

  private static boolean windows(HostInfo h) {
    return h.software().os() == OsFamily.WINDOWS_CLIENT
        || h.software().os() == OsFamily.WINDOWS_SERVER;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void successfulDomainSmb_isMostlyKerberosWithACifsTicketFirst(long seed) {
    Run run = run(DAY, seed);
    Map<String, Connection> smb = new HashMap<>();
    Set<String> ntlm = new HashSet<>();
    Set<String> ntlmFailed = new HashSet<>();
    Map<String, Long> cifsTickets = new HashMap<>();
    Map<Integer, HostInfo> byAddress = new HashMap<>();
    run.hosts().forEach(h -> byAddress.put(h.address(), h));
    List<Connection> kerberosSmb = new ArrayList<>();
    for (Event e : run.events()) {
      if (e instanceof Connection c && c.id().respP() == 445) {
        smb.put(c.uid(), c);
      } else if (e instanceof NtlmAuth a) {
        (a.success() ? ntlm : ntlmFailed).add(a.uid());
      } else if (e instanceof KerberosRequest k && k.service().startsWith("cifs/")) {
        cifsTickets.put(k.id().origH() + " " + k.service(), k.ts());
      } else if (e instanceof SmbTreeConnect t && smb.containsKey(t.uid())
          && !ntlm.contains(t.uid())) {
        Connection c = smb.get(t.uid());
        HostInfo dst = byAddress.get(c.id().respH());
        Long ticket = cifsTickets.get(c.id().origH() + " cifs/"
            + dst.name().toLowerCase(java.util.Locale.ROOT) + ".corp.internal");
        assertThat(ticket).as("a cifs/ ticket before Kerberos SMB " + c).isNotNull()
            .isLessThanOrEqualTo(c.ts()).isGreaterThan(c.ts() - DomainContext.TICKET_LIFE);
        kerberosSmb.add(c);
      }
    }
    long sessions = smb.size() - ntlmFailed.size();
    assertThat(sessions).isGreaterThan(500);
    double kerberosShare = (double) (sessions - ntlm.size()) / sessions;
    // 0.9 of domain logons; NTLM also for local accounts and external partners
    assertThat(kerberosShare).isBetween(0.75, 0.93);
    assertThat(kerberosSmb).isNotEmpty();
    assertThat(ntlmFailed).as("failed logons stay NTLM").isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void logons_firstGetPreauthRequired_andSomeFailOrNameUnknownPrincipals(long seed) {
    Run run = run(DAY, seed);
    Map<String, String> firstAnswer = new HashMap<>();
    Map<String, Long> errors = new HashMap<>();
    long tickets = 0;
    for (Event e : run.events()) {
      if (e instanceof KerberosRequest k && k.requestType().equals("AS")) {
        firstAnswer.putIfAbsent(k.client(), k.errorMsg());
        errors.merge(k.errorMsg(), 1L, Long::sum);
      } else if (e instanceof KerberosRequest k) {
        tickets++;
        assertThat(k.success()).isTrue();
        assertThat(k.cipher()).isEqualTo(Kdc.AES);
      }
    }
    assertThat(firstAnswer.values()).as("first AS answer of each principal")
        .containsOnly(Kdc.PREAUTH_REQUIRED, Kdc.PRINCIPAL_UNKNOWN);
    long logons = errors.getOrDefault(Kdc.PREAUTH_REQUIRED, 0L);
    assertThat(logons).isGreaterThan(30);
    // a typo costs a second PREAUTH_REQUIRED round; a logon at the run's end may be cut
    long typos = errors.getOrDefault(Kdc.PREAUTH_FAILED, 0L);
    assertThat(errors.getOrDefault("", 0L) + typos).isBetween(logons - 1, logons);
    assertThat(errors).containsKey(Kdc.PRINCIPAL_UNKNOWN);
    assertThat(tickets).isGreaterThan(10 * logons);
  }

  @Test
  void typos_giveFailedPreauthentication_overSeveralSeeds() {
    long failed = 0;
    long logons = 0;
    for (long seed = 1; seed <= 4; seed++) {
      for (Event e : run(DAY, seed).events()) {
        if (e instanceof KerberosRequest k && k.requestType().equals("AS")) {
          failed += k.errorMsg().equals(Kdc.PREAUTH_FAILED) ? 1 : 0;
          logons += k.success() ? 1 : 0;
        }
      }
    }
    double share = (double) failed / logons;
    double expected = DomainParameter.LOGON_TYPO.defaultFor(DomainRole.WORKSTATION);
    // the logons of servers' machine accounts never fail, so the share is at most the setting
    assertThat(share).isGreaterThan(0).isLessThan(expected * 2);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void groupPolicy_refreshesEvery90PlusMinus30Minutes_onServers(long seed) {
    Run run = run(DAY, seed);
    Map<Integer, HostInfo> byAddress = new HashMap<>();
    run.hosts().forEach(h -> byAddress.put(h.address(), h));
    Map<Integer, Long> last = new HashMap<>();
    List<Long> gaps = new ArrayList<>();
    for (Event e : run.events()) {
      if (e instanceof SmbTreeConnect t && t.path().endsWith("\\SYSVOL")) {
        HostInfo h = byAddress.get(t.id().origH());
        if (h.software().os() != OsFamily.WINDOWS_SERVER) {
          continue;
        }
        Long prev = last.put(h.address(), t.ts());
        if (prev != null) {
          gaps.add(t.ts() - prev);
        }
      }
    }
    assertThat(gaps).hasSizeGreaterThan(20)
        .allMatch(g -> g >= 60 * Micros.MINUTE && g <= 121 * Micros.MINUTE);
    double mean = gaps.stream().mapToLong(Long::longValue).average().orElseThrow();
    assertThat(mean / Micros.MINUTE).isCloseTo(90, within(8.0));
  }

  @Test
  void everyWindowsHost_sendsLlmnrMdnsAndNetbiosWithinADay() {
    Run run = run(DAY, 7);
    Map<Integer, Set<Integer>> ports = new HashMap<>();
    for (Event e : run.events()) {
      if (e instanceof Connection c && c.proto() == Transport.UDP) {
        ports.computeIfAbsent(c.id().origH(), k -> new HashSet<>()).add(c.id().respP());
      }
    }
    List<HostInfo> windows = run.hosts().stream().filter(DomainBackgroundTest::windows).toList();
    assertThat(windows).hasSizeGreaterThan(30);
    for (HostInfo h : windows) {
      assertThat(ports.get(h.address())).as(h.name()).contains(5355, 5353, 137);
    }
    for (HostInfo h : run.hosts()) {
      if (!windows(h) && ports.containsKey(h.address())) {
        assertThat(ports.get(h.address())).as(h.name()).doesNotContain(5355, 137, 138);
      }
    }
  }

  @Test
  void multicastAndBroadcastQueries_areNeverAnswered_andResolverMissesAreNxdomain() {
    long nx = 0;
    for (Event e : run(DAY, 3).events()) {
      if (e instanceof DnsQuery q) {
        int p = q.id().respP();
        if (p == 5353 || p == 5355 || p == 137) {
          assertThat(q.rcode()).isEmpty();
          assertThat(q.rtt()).isZero();
        }
        if (q.rcode().equals("NXDOMAIN")) {
          nx++;
          assertThat(q.answers()).isEmpty();
        }
        if (q.qtype().equals("SRV") && !q.rcode().isEmpty()) {
          assertThat(q.query()).isEqualTo("_ldap._tcp.dc._msdcs.corp.internal");
          assertThat(q.answers()).isNotEmpty();
        }
      }
    }
    assertThat(nx).isPositive();
  }

  @Test
  void backgroundOff_leavesNoKerberosAndEverySmbLogonNtlm() {
    Run run = run(DAY + "benign:\n  domain: {enabled: false}\n", 1);
    Set<String> ntlm = new HashSet<>();
    List<Connection> smb = new ArrayList<>();
    for (Event e : run.events()) {
      assertThat(e).isNotInstanceOf(KerberosRequest.class);
      if (e instanceof Connection c) {
        assertThat(c.id().respP()).isNotIn(88, 389, 135, 123, 137, 138, 5353, 5355, 1900);
        if (c.id().respP() == 445) {
          smb.add(c);
        }
      } else if (e instanceof NtlmAuth a) {
        ntlm.add(a.uid());
      }
    }
    assertThat(smb).isNotEmpty().allMatch(c -> ntlm.contains(c.uid()));
  }

  @Test
  void dnsMessageSizes_areWhatThePcapWriterEncodes() {
    ConnId id = new ConnId(1, 2, 3, 53);
    Object[][] cases = {
        {"fs01.corp.internal", "A", List.of("10.10.0.4")},
        {"www.example.com", "AAAA", List.of()},
        {"_ldap._tcp.dc._msdcs.corp.internal", "SRV", List.of("dc01.corp.internal",
            "dc02.corp.internal")},
        {"4.0.10.10.in-addr.arpa", "PTR", List.of("fs01.corp.internal")},
        {"wpad.corp.internal", "A", List.of()},
    };
    for (Object[] c : cases) {
      String name = (String) c[0];
      String qtype = (String) c[1];
      @SuppressWarnings("unchecked")
      List<String> answers = (List<String>) c[2];
      DnsQuery q = new DnsQuery(0, "u", id, name, qtype, answers.isEmpty() && qtype.equals("A")
          ? "NXDOMAIN" : "NOERROR", answers, 100, DnsQuery.CLASS_IN, List.of(), false, false,
          true, true);
      assertThat(DomainDns.queryBytes(name)).as(name).isEqualTo(DnsWire.query(7, q, 0).length);
      assertThat(DomainDns.responseBytes(name, qtype, answers)).as(name)
          .isEqualTo(DnsWire.response(7, q, 0).length);
    }
  }
}
