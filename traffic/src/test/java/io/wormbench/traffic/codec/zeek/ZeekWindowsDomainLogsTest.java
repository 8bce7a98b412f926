package io.wormbench.traffic.codec.zeek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.codec.SampleEvents;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.DhcpLease;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.KerberosRequest;
import io.wormbench.traffic.net.Ipv4;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kerberos, ldap, dhcp, ntp, snmp and ssh logs in the shapes Zeek's scripts give them. */
class ZeekWindowsDomainLogsTest {
  @TempDir Path dir;

  private static String header(String path, String fields, String types) {
    return "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n"
        + "#path\t" + path + "\n#fields\t" + fields + "\n#types\t" + types + "\n";
  }

  private static final String DHCP = header("dhcp",
      "ts\tuids\tclient_addr\tserver_addr\tmac\thost_name\tclient_fqdn\tdomain\trequested_addr"
          + "\tassigned_addr\tlease_time\tclient_message\tserver_message\tmsg_types\tduration",
      "time\tset[string]\taddr\taddr\tstring\tstring\tstring\tstring\taddr\taddr\tinterval"
          + "\tstring\tstring\tvector[string]\tinterval");

  private List<Event> read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return ZeekReadTest.readAll(ZeekEventSource.open(file));
  }

  @Test
  void dhcpLogWithoutConnId_readsClientAndServerAsTheIdentity() throws Exception {
    List<Event> events = read("dhcp.log", DHCP + "1700000000.000000\tCaaa,Cbbb\t-\t10.0.0.2"
        + "\t00:1a:2b:3c:4d:5e\tWS-010\t-\tcorp.example\t-\t10.0.1.10\t86400.000000\t-\t-"
        + "\tDISCOVER,OFFER,REQUEST,ACK\t0.004100\n");
    assertThat(events).containsExactly(new DhcpLease(1_700_000_000_000_000L, "Caaa",
        new io.wormbench.traffic.event.ConnId(0, 68, Ipv4.parse("10.0.0.2"), 67),
        "00:1a:2b:3c:4d:5e", "WS-010", "", "corp.example", 0, Ipv4.parse("10.0.1.10"),
        86_400_000_000L, "", "", List.of("DISCOVER", "OFFER", "REQUEST", "ACK"), 4_100));
  }

  @Test
  void writtenDhcpLog_hasZeeksColumnsAndUnsetAbsentAddresses() throws Exception {
    new ZeekTsvWriter(dir).writeAll(EventSource.of(SampleEvents.all()));
    List<String> lines = Files.readAllLines(dir.resolve("dhcp.log"));
    assertThat(lines.get(6)).isEqualTo(DHCP.lines().toList().get(5));
    assertThat(lines.get(9)).isEqualTo("1700000000.013100\tCdhcBAAAAAAAAAAAAA\t-\t10.0.0.2"
        + "\t00:1a:2b:3c:4d:5f\t-\t-\t-\t-\t-\t-\t-\taddress in use\tINFORM,NAK\t0.000000");
  }

  @Test
  void unansweredQuery_writesRttUnsetAndTtlsAsIntervals() throws Exception {
    new ZeekTsvWriter(dir).writeAll(EventSource.of(SampleEvents.all()));
    String dns = Files.readString(dir.resolve("dns.log"));
    assertThat(dns).contains("\t0.001250\t_ldap._tcp.dc._msdcs.corp.example\t1\t")
        .contains("\tT\tF\tT\tT\t-\tdc01.corp.example\t600.000000\t-\n")
        .contains("\t-\tdead.example.org\t1\t");
  }

  @Test
  void kerberosJson_readsZeekFieldsAndUnsetTimes() throws Exception {
    List<Event> events = read("kerberos.json", "{\"ts\":1700000000.5,\"uid\":\"Ck\","
        + "\"id.orig_h\":\"10.0.1.10\",\"id.orig_p\":50000,\"id.resp_h\":\"10.0.0.2\","
        + "\"id.resp_p\":88,\"request_type\":\"AS\",\"client\":\"bob/CORP\","
        + "\"service\":\"krbtgt/CORP\",\"success\":false,"
        + "\"error_msg\":\"KDC_ERR_PREAUTH_FAILED\",\"till\":2136422885.0,"
        + "\"forwardable\":true,\"renewable\":true}\n");
    assertThat(events).containsExactly(new KerberosRequest(1_700_000_000_500_000L, "Ck",
        new io.wormbench.traffic.event.ConnId(Ipv4.parse("10.0.1.10"), 50000,
            Ipv4.parse("10.0.0.2"), 88), "AS", "bob/CORP", "krbtgt/CORP", false,
        "KDC_ERR_PREAUTH_FAILED", 0, 2_136_422_885_000_000L, "", true, true));
  }

  @Test
  void badTtl_failsNamingFileLineAndField() {
    String dns = header("dns", "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tquery"
        + "\tanswers\tTTLs", "time\tstring\taddr\tport\taddr\tport\tstring\tvector[string]"
        + "\tvector[interval]") + "1.0\tC\t10.0.0.1\t5000\t10.0.0.2\t53\tx.example\ta,b"
        + "\t60.0,soon\n";
    assertThatThrownBy(() -> read("dns.log", dns)).isInstanceOf(TrafficFormatException.class)
        .hasMessage("dns.log: line 8: field 'TTLs': not a time: 'soon'");
  }

  @Test
  void badDhcpAddress_failsNamingFileLineAndField() {
    assertThatThrownBy(() -> read("dhcp.log", DHCP + "1.0\tC\t10.0.1.10\t10.0.0.2\t-\t-\t-\t-"
        + "\t-\t10.0.1.300\t-\t-\t-\tACK\t0.0\n")).isInstanceOf(TrafficFormatException.class)
        .hasMessage("dhcp.log: line 8: field 'assigned_addr': not an IPv4 address: '10.0.1.300'");
  }

  @Test
  void badNtpStratum_failsNamingFileLineAndField() {
    String ntp = header("ntp", "ts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tversion"
        + "\tmode\tstratum\tref_time\torg_time\trec_time\txmt_time", "time\tstring\taddr\tport"
        + "\taddr\tport\tcount\tcount\tcount\ttime\ttime\ttime\ttime")
        + "1.0\tC\t10.0.0.1\t123\t10.0.0.2\t123\t4\t3\t-2\t0.0\t0.0\t0.0\t1.0\n";
    assertThatThrownBy(() -> read("ntp.log", ntp)).isInstanceOf(TrafficFormatException.class)
        .hasMessage("ntp.log: line 8: field 'stratum': not a count: '-2'");
  }

  @Test
  void realZeekDnsLog_keepsItsFlagsAndUnsetRtt() throws Exception {
    DnsQuery q = (DnsQuery) ZeekReadTest.readAll(ZeekEventSource.open(
        ZeekReadTest.realLogs().resolve("dns.log"))).get(0);
    assertThat(q.rtt()).isZero();
    assertThat(q.qclass()).isEqualTo(DnsQuery.CLASS_IN);
    assertThat(List.of(q.aa(), q.tc(), q.rd(), q.ra())).containsExactly(false, false, true, false);
  }
}
