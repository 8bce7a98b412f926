package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wormbench.traffic.codec.pcap.proto.KerberosNames;
import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.event.Connection;
import io.wormbench.traffic.event.DhcpLease;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.event.LdapMessage;
import io.wormbench.traffic.event.LdapSearch;
import io.wormbench.traffic.event.NtpMessage;
import io.wormbench.traffic.event.SnmpExchange;
import io.wormbench.traffic.event.SshSession;
import io.wormbench.traffic.event.Transport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark's Kerberos, LDAP/CLDAP, NTP, SSH, DNS, DHCP, SNMP and ICMP dissectors read the writer's rendering of the
 * Windows-domain records without a malformed packet or an expert warning, and find the
 * principals, realms, error codes, bind names, search bases, NTP modes and SSH banners the
 * records carry. Skipped only when tshark is absent (CI installs it).
 */
class TsharkDomainProtocolsTest {
  @TempDir static Path dir;
  static Path pcap;
  static List<Event> events;

  @BeforeAll
  static void write() {
    assumeTrue(Tshark.path() != null, "tshark not installed");
    events = DomainTraffic.generate(11, 120);
    pcap = dir.resolve("domain.pcap");
    PcapWriter.write(EventSource.of(events), pcap);
  }

  private <T extends Event> List<T> of(Class<T> type) {
    return Captures.of(events, type);
  }

  @Test
  void domainCapture_hasNoMalformedPacketsOrWarnings() throws Exception {
    assertThat(Tshark.values(pcap, "_ws.malformed || _ws.expert.severity >= \"warning\"",
        "frame.number")).isEmpty();
    assertThat(Tshark.values(pcap, "kerberos || ldap || ntp || ssh || dns || dhcp || snmp || icmp", "frame.number"))
        .isNotEmpty();
  }

  @Test
  void kerberosPrincipalsAndErrors_matchTheRecords() throws Exception {
    List<KerberosRequest> krb = of(KerberosRequest.class);
    assertThat(krb).isNotEmpty();
    assertThat(Tshark.values(pcap, "kerberos.msg_type == 10 || kerberos.msg_type == 12",
        "kerberos.SNameString")).containsExactlyInAnyOrderElementsOf(krb.stream()
        .flatMap(k -> java.util.Arrays.stream(k.service().split("/"))).toList());
    assertThat(Tshark.values(pcap, "kerberos.msg_type == 10", "kerberos.CNameString"))
        .containsExactlyInAnyOrderElementsOf(krb.stream().filter(k -> k.requestType().equals("AS"))
            .map(k -> k.client().substring(0, k.client().lastIndexOf('/'))).toList());
    assertThat(Tshark.values(pcap, "kerberos.msg_type == 30", "kerberos.error_code"))
        .containsExactlyInAnyOrderElementsOf(krb.stream().filter(k -> !k.success())
            .map(k -> String.valueOf(KerberosNames.errorCode(k.errorMsg()))).toList());
    assertThat(Tshark.values(pcap, "kerberos.msg_type == 11 || kerberos.msg_type == 13",
        "kerberos.msg_type")).hasSize((int) krb.stream().filter(KerberosRequest::success).count());
  }

  @Test
  void ldapBindNamesAndSearchBases_matchTheRecords() throws Exception {
    assertThat(Tshark.values(pcap, "ldap.protocolOp == 0", "ldap.name"))
        .containsExactlyInAnyOrderElementsOf(of(LdapMessage.class).stream()
            .filter(m -> m.opcode().startsWith("bind")).map(LdapMessage::object).toList());
    assertThat(Tshark.values(pcap, "ldap.protocolOp == 3", "ldap.baseObject"))
        .containsExactlyInAnyOrderElementsOf(of(LdapSearch.class).stream()
            .map(LdapSearch::baseObject).filter(b -> !b.isEmpty()).toList());
    assertThat(Tshark.values(pcap, "ldap.protocolOp == 4", "frame.number"))
        .hasSize((int) of(LdapSearch.class).stream().mapToLong(LdapSearch::resultCount).sum());
    assertThat(Tshark.values(pcap, "cldap", "frame.number")).isNotEmpty();
  }

  @Test
  void dnsSrvPtrAaaaTtlsAndRcodes_matchTheRecords() throws Exception {
    List<DnsQuery> dns = of(DnsQuery.class);
    assertThat(Tshark.values(pcap, "dns.flags.response == 1", "dns.resp.ttl"))
        .containsExactlyInAnyOrderElementsOf(dns.stream().flatMap(q -> q.ttls().stream())
            .map(t -> String.valueOf(t / 1_000_000)).toList());
    assertThat(Tshark.values(pcap, "dns.srv.target", "dns.srv.target"))
        .containsExactlyInAnyOrderElementsOf(dns.stream().filter(q -> q.qtype().equals("SRV"))
            .flatMap(q -> q.answers().stream()).toList());
    assertThat(Tshark.values(pcap, "dns.aaaa", "dns.aaaa")).containsExactlyInAnyOrderElementsOf(
        dns.stream().filter(q -> q.qtype().equals("AAAA")).flatMap(q -> q.answers().stream())
            .toList());
    assertThat(Tshark.values(pcap, "dns.ptr.domain_name", "dns.ptr.domain_name"))
        .containsExactlyInAnyOrderElementsOf(dns.stream().filter(q -> q.qtype().equals("PTR"))
            .flatMap(q -> q.answers().stream()).toList());
    assertThat(Tshark.values(pcap, "dns.flags.rcode == 3", "dns.qry.name"))
        .containsExactlyInAnyOrderElementsOf(dns.stream()
            .filter(q -> q.rcode().equals("NXDOMAIN")).map(DnsQuery::query).toList());
    assertThat(Tshark.values(pcap, "dns.flags.authoritative == 1", "frame.number"))
        .hasSize((int) dns.stream().filter(DnsQuery::aa).count());
    assertThat(dns.stream().filter(q -> q.rcode().isEmpty())).isNotEmpty();
  }

  @Test
  void dhcpAndSnmpFields_matchTheRecords() throws Exception {
    List<DhcpLease> dhcp = of(DhcpLease.class);
    assertThat(Tshark.values(pcap, "dhcp", "dhcp.option.dhcp")).containsExactlyInAnyOrderElementsOf(
        dhcp.stream().flatMap(l -> l.msgTypes().stream())
            .map(t -> String.valueOf(io.wormbench.traffic.codec.pcap.write.DhcpWire.TYPES.indexOf(t)))
            .toList());
    assertThat(Tshark.values(pcap, "dhcp.option.dhcp == 3 || dhcp.option.dhcp == 8",
        "dhcp.option.hostname")).containsExactlyInAnyOrderElementsOf(
        dhcp.stream().map(DhcpLease::hostName).toList());
    assertThat(Tshark.values(pcap, "dhcp.option.dhcp == 5", "dhcp.option.ip_address_lease_time"))
        .containsExactlyInAnyOrderElementsOf(dhcp.stream().filter(l -> l.leaseTime() > 0)
            .map(l -> String.valueOf(l.leaseTime() / 1_000_000)).toList());
    List<SnmpExchange> snmp = of(SnmpExchange.class);
    assertThat(Tshark.values(pcap, "snmp.get_request_element", "snmp.community")).hasSize(
        (int) snmp.stream().mapToLong(SnmpExchange::getRequests).sum());
    assertThat(Tshark.values(pcap, "snmp.get_response_element", "frame.number")).hasSize(
        (int) snmp.stream().mapToLong(SnmpExchange::getResponses).sum());
    assertThat(Tshark.values(pcap, "snmp.value.octets", "frame.number")).hasSize(
        (int) snmp.stream().filter(s -> !s.displayString().isEmpty()).count());
    assertThat(snmp).isNotEmpty();
  }

  @Test
  void icmpEchoAndUnreachable_matchTheConnections() throws Exception {
    List<Connection> icmp = of(Connection.class).stream()
        .filter(c -> c.proto() == Transport.ICMP).toList();
    long requests = icmp.stream().filter(c -> c.id().origP() == 8).mapToLong(Connection::origPkts)
        .sum();
    assertThat(Tshark.values(pcap, "icmp.type == 8", "frame.number")).hasSize((int) requests);
    assertThat(Tshark.values(pcap, "icmp.type == 0", "icmp.resp_to")).hasSize((int) requests);
    assertThat(Tshark.values(pcap, "icmp.type == 3 && icmp.code == 3", "udp.dstport"))
        .hasSize((int) icmp.stream().filter(c -> c.id().origP() == 3).count());
    assertThat(requests).isPositive();
  }

  @Test
  void ntpModesAndSshBanners_matchTheRecords() throws Exception {
    assertThat(Tshark.values(pcap, "ntp", "ntp.flags.mode")).containsExactlyInAnyOrderElementsOf(
        of(NtpMessage.class).stream().map(n -> String.valueOf(n.mode())).toList());
    List<String> banners = new ArrayList<>();
    for (SshSession s : of(SshSession.class)) {
      banners.add(s.client());
      banners.add(s.server());
    }
    assertThat(Tshark.values(pcap, "ssh.protocol", "ssh.protocol"))
        .containsExactlyInAnyOrderElementsOf(banners);
    assertThat(Tshark.values(pcap, "ssh.message_code == 20", "ssh.encryption_algorithms_client_to_server"))
        .hasSize(2 * of(SshSession.class).size());
  }
}
