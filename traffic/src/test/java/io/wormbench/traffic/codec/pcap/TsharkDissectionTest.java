package io.wormbench.traffic.codec.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wormbench.traffic.codec.pcap.write.PcapWriter;
import io.wormbench.traffic.event.DceRpcCall;
import io.wormbench.traffic.event.DnsQuery;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import io.wormbench.traffic.event.HttpTransaction;
import io.wormbench.traffic.event.NtlmAuth;
import io.wormbench.traffic.event.RdpConnect;
import io.wormbench.traffic.event.SmbFileAccess;
import io.wormbench.traffic.event.TlsHandshake;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark's dissectors (tshark), which no one on this project wrote, read a generated pcap
 * without any malformed-packet or error expert info, and extract the values the events carry.
 * Skipped only when tshark is not installed (CI installs it).
 */
class TsharkDissectionTest {
  @TempDir static Path dir;
  static Path pcap;
  static List<Event> events;

  @BeforeAll
  static void write() {
    assumeTrue(tshark() != null, "tshark not installed");
    events = EventGenerator.generate(42, 80, false);
    pcap = dir.resolve("dissect.pcap");
    PcapWriter.write(EventSource.of(events), pcap);
  }

  private static String tshark() {
    for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      if (Files.isExecutable(Path.of(d, "tshark"))) {
        return Path.of(d, "tshark").toString();
      }
    }
    return null;
  }

  private static List<String> run(String filter, String field) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(tshark(), "-n", "-o", "tcp.check_checksum:TRUE",
        "-o", "udp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE", "-r", pcap.toString(), "-T",
        "fields", "-E", "occurrence=a", "-E", "aggregator=\t", "-e", field));
    if (!filter.isEmpty()) {
      cmd.addAll(List.of("-Y", filter));
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("tshark exit status for %s", cmd).isZero();
    List<String> values = new ArrayList<>();
    for (String line : out.split("\n")) {
      for (String v : line.split("\t")) {
        if (!v.isBlank()) {
          values.add(v.trim());
        }
      }
    }
    return values;
  }

  private <T extends Event> List<T> of(Class<T> type) {
    return Captures.of(events, type);
  }

  @Test
  void generatedCapture_hasNoMalformedPacketsOrErrors() throws Exception {
    assertThat(run("_ws.malformed || _ws.expert.severity >= \"error\"", "frame.number")).isEmpty();
    assertThat(run("", "frame.number")).isNotEmpty();
  }

  @Test
  void generatedCapture_hasNoBadChecksums() throws Exception {
    // checksum status 0 is "Bad", 1 "Good" (Wireshark's proto_checksum_enum_e)
    assertThat(run("tcp.checksum.status == 0 || udp.checksum.status == 0 || ip.checksum.status == 0",
        "frame.number")).isEmpty();
    assertThat(run("tcp.checksum.status == 1", "frame.number")).isNotEmpty();
  }

  @Test
  void ntlmUsersAndStatuses_matchTheEvents() throws Exception {
    assertThat(run("ntlmssp.messagetype == 3", "ntlmssp.auth.username")).containsExactlyInAnyOrderElementsOf(
        of(NtlmAuth.class).stream().map(NtlmAuth::user).toList());
    assertThat(run("smb2.cmd == 1 && smb2.flags.response == 1 && smb2.nt_status != 0xc0000016",
        "smb2.nt_status")).containsExactlyInAnyOrderElementsOf(of(NtlmAuth.class).stream()
        .map(a -> a.success() ? "0x00000000" : "0xc000006d").toList());
    assertThat(of(NtlmAuth.class)).isNotEmpty();
  }

  @Test
  void smbFileNames_matchTheEvents() throws Exception {
    List<String> names = run("smb2.cmd == 5 && smb2.flags.response == 0 && smb2.tid != 0 && !(smb2.filename == \"svcctl\")", "smb2.filename");
    assertThat(names).containsExactlyInAnyOrderElementsOf(
        of(SmbFileAccess.class).stream().map(SmbFileAccess::name).toList());
    assertThat(names).isNotEmpty();
  }

  @Test
  void rdpCookies_matchTheEvents() throws Exception {
    assertThat(run("rdp.rt_cookie", "rdp.rt_cookie")).containsExactlyInAnyOrderElementsOf(
        of(RdpConnect.class).stream().filter(r -> !r.cookie().isEmpty())
            .map(r -> "Cookie: mstshash=" + r.cookie()).toList());
  }

  @Test
  void dnsHttpAndTlsNames_matchTheEvents() throws Exception {
    assertThat(run("dns.flags.response == 0", "dns.qry.name")).containsExactlyInAnyOrderElementsOf(
        of(DnsQuery.class).stream().map(DnsQuery::query).toList());
    assertThat(run("http.request", "http.request.uri")).containsExactlyInAnyOrderElementsOf(
        of(HttpTransaction.class).stream().map(HttpTransaction::uri).toList());
    assertThat(run("tls.handshake.type == 1", "tls.handshake.extensions_server_name"))
        .containsExactlyInAnyOrderElementsOf(of(TlsHandshake.class).stream()
            .map(TlsHandshake::serverName).filter(s -> !s.isEmpty()).toList());
    assertThat(of(HttpTransaction.class)).isNotEmpty();
    assertThat(of(TlsHandshake.class)).isNotEmpty();
  }

  @Test
  void svcctlAndEpmapperOperations_matchTheEvents() throws Exception {
    List<String> ops = new ArrayList<>();
    for (String n : run("svcctl && dcerpc.pkt_type == 0", "svcctl.opnum")) {
      ops.add(switch (n) {
        case "12" -> "CreateServiceW";
        case "15" -> "OpenSCManagerW";
        case "19" -> "StartServiceW";
        default -> "opnum " + n;
      });
    }
    assertThat(ops).containsExactlyInAnyOrderElementsOf(of(DceRpcCall.class).stream()
        .filter(d -> d.endpoint().equals("svcctl")).map(DceRpcCall::operation).toList());
    assertThat(run("epm && dcerpc.pkt_type == 0", "epm.opnum")).containsExactlyInAnyOrderElementsOf(
        of(DceRpcCall.class).stream().filter(d -> d.endpoint().equals("epmapper"))
            .map(d -> "3").toList());
    assertThat(ops).isNotEmpty();
  }
}
