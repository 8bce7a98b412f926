package io.wormbench.traffic.codec.zeek;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.traffic.codec.SampleEvents;
import io.wormbench.traffic.event.EventSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeekRoundTripTest {
  @TempDir Path dir;

  @Test
  void everyRecordType_roundTripsThroughTsvLogs() {
    new ZeekTsvWriter(dir).writeAll(EventSource.of(SampleEvents.all()));
    assertThat(ZeekReadTest.readAll(ZeekEventSource.open(dir))).isEqualTo(SampleEvents.all());
  }

  @Test
  void everyRecordType_roundTripsThroughJsonLogs() {
    new ZeekJsonWriter(dir).writeAll(EventSource.of(SampleEvents.all()));
    assertThat(ZeekReadTest.readAll(ZeekEventSource.open(dir))).isEqualTo(SampleEvents.all());
  }

  @Test
  void tsvWriter_writesOneStandardLogPerKind() throws Exception {
    new ZeekTsvWriter(dir).writeAll(EventSource.of(SampleEvents.all()));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "conn.log", "dce_rpc.log", "dhcp.log", "dns.log", "http.log", "kerberos.log",
          "ldap.log", "ldap_search.log", "ntlm.log", "ntp.log", "rdp.log", "smb_files.log",
          "smb_mapping.log", "snmp.log", "ssh.log", "ssl.log", "stratum.log");
    }
  }

  @Test
  void tsvConnLog_hasZeekHeaderAndRows() throws Exception {
    new ZeekTsvWriter(dir).writeAll(EventSource.of(SampleEvents.all()));
    List<String> lines = Files.readAllLines(dir.resolve("conn.log"));
    assertThat(lines.subList(0, 6)).containsExactly("#separator \\x09", "#set_separator\t,",
        "#empty_field\t(empty)", "#unset_field\t-", "#path\tconn", "#open\t2023-11-14-22-13-20");
    assertThat(lines.get(6)).isEqualTo("#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h"
        + "\tid.resp_p\tproto\tservice\tduration\torig_bytes\tresp_bytes\tconn_state\tlocal_orig"
        + "\tlocal_resp\tmissed_bytes\thistory\torig_pkts\torig_ip_bytes\tresp_pkts\tresp_ip_bytes"
        + "\ttunnel_parents");
    assertThat(lines.get(7)).isEqualTo("#types\ttime\tstring\taddr\tport\taddr\tport\tenum"
        + "\tstring\tinterval\tcount\tcount\tstring\tbool\tbool\tcount\tstring\tcount\tcount"
        + "\tcount\tcount\tset[string]");
    assertThat(lines.get(8)).isEqualTo("1700000000.000000\tCdnsAAAAAAAAAAAAAA\t10.0.1.10\t53000"
        + "\t10.0.0.2\t53\tudp\tdns\t0.001234\t40\t56\tSF\tT\tT\t0\tDd\t1\t68\t1\t84\t-");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("#close\t2023-11-14-22-13-20");
  }

  @Test
  void tsvText_isEscapedAsZeekDoes() throws Exception {
    new ZeekTsvWriter(dir).writeAll(EventSource.of(SampleEvents.all()));
    assertThat(Files.readString(dir.resolve("ntlm.log"))).contains("\tguest\\x09with tab\t");
    assertThat(Files.readString(dir.resolve("smb_mapping.log")))
        .contains("\t\\\\WS020\\ADMIN$\t");
    assertThat(Files.readString(dir.resolve("dns.log")))
        .contains("\t198.51.100.7,alias|with\\x2cbar\t");
    assertThat(Files.readString(dir.resolve("smb_files.log"))).contains("\tSMB::FILE_WRITE\t");
  }

  @Test
  void jsonLog_usesZeekFlattenedNamesAndSeconds() throws Exception {
    new ZeekJsonWriter(dir).writeAll(EventSource.of(SampleEvents.all()));
    assertThat(Files.readAllLines(dir.resolve("conn.log")).get(0)).isEqualTo(
        "{\"ts\":1700000000.000000,\"uid\":\"CdnsAAAAAAAAAAAAAA\",\"id.orig_h\":\"10.0.1.10\","
            + "\"id.orig_p\":53000,\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":53,\"proto\":\"udp\","
            + "\"service\":\"dns\",\"duration\":0.001234,\"orig_bytes\":40,\"resp_bytes\":56,"
            + "\"conn_state\":\"SF\",\"local_orig\":true,\"local_resp\":true,\"missed_bytes\":0,"
            + "\"history\":\"Dd\",\"orig_pkts\":1,\"orig_ip_bytes\":68,\"resp_pkts\":1,"
            + "\"resp_ip_bytes\":84}");
  }

  @Test
  void sameStreamTwice_givesIdenticalBytes() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    new ZeekTsvWriter(a).writeAll(EventSource.of(SampleEvents.all()));
    new ZeekTsvWriter(b).writeAll(EventSource.of(SampleEvents.all()));
    for (String log : List.of("conn.log", "dns.log", "ntlm.log", "stratum.log")) {
      assertThat(Files.readAllBytes(a.resolve(log))).isEqualTo(Files.readAllBytes(b.resolve(log)));
    }
  }
}
