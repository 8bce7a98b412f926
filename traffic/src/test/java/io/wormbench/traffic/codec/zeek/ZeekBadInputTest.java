package io.wormbench.traffic.codec.zeek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeekBadInputTest {
  @TempDir Path dir;

  static final String HEADER = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n"
      + "#unset_field\t-\n#path\tconn\n#open\t2021-09-29-11-39-42\n"
      + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration"
      + "\torig_bytes\tresp_bytes\tconn_state\torig_pkts\tresp_pkts\n"
      + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount"
      + "\tstring\tcount\tcount\n";

  static String row(String ts, String origBytes) {
    return ts + "\tCabc\t10.0.0.1\t5000\t10.0.0.2\t445\ttcp\tsmb\t1.500000\t" + origBytes
        + "\t20\tSF\t3\t4\n";
  }

  private List<Event> read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return ZeekReadTest.readAll(ZeekEventSource.open(file));
  }

  private void assertFails(String name, String content, String message) {
    assertThatThrownBy(() -> read(name, content))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage(message);
  }

  @Test
  void wellFormedHandWrittenLog_reads() throws Exception {
    assertThat(read("conn.log", HEADER + row("100.000001", "10"))).hasSize(1);
  }

  @Test
  void badCount_failsNamingFileLineAndField() {
    assertFails("conn.log", HEADER + row("100.0", "10") + row("101.0", "abc"),
        "conn.log: line 10: field 'orig_bytes': not a count: 'abc'");
  }

  @Test
  void truncatedLine_failsWithFieldCount() {
    String cut = row("100.0", "10").substring(0, 30) + "\n";
    assertFails("conn.log", HEADER + cut,
        "conn.log: line 9: expected 14 fields but found 5 (truncated line?)");
  }

  @Test
  void extraField_failsWithFieldCount() {
    assertFails("conn.log", HEADER + row("100.0", "10").replace("\n", "\tx\n"),
        "conn.log: line 9: expected 14 fields but found 15");
  }

  @Test
  void missingFieldsHeader_fails() {
    assertFails("conn.log", "#separator \\x09\n#path\tconn\n" + row("100.0", "10"),
        "conn.log: line 3: data before the #fields header");
  }

  @Test
  void typesDisagreeingWithFields_fails() {
    String header = HEADER.replace("\tcount\tcount\n", "\tcount\n");
    assertFails("conn.log", header + row("100.0", "10"),
        "conn.log: line 9: #types has 13 entries but #fields has 14");
  }

  @Test
  void requiredIdFieldAbsentFromHeader_fails() {
    String header = HEADER.replace("\tid.resp_h", "\tresp_host");
    assertFails("conn.log", header + row("100.0", "10"),
        "conn.log: line 9: field 'id.resp_h': missing from #fields");
  }

  @Test
  void badTime_failsNamingField() {
    assertFails("conn.log", HEADER + row("yesterday", "10"),
        "conn.log: line 9: field 'ts': not a time: 'yesterday'");
  }

  @Test
  void badAddress_failsNamingField() {
    assertFails("conn.log", HEADER + row("100.0", "10").replace("10.0.0.2", "10.0.0.256"),
        "conn.log: line 9: field 'id.resp_h': not an IPv4 address: '10.0.0.256'");
  }

  @Test
  void badConnState_failsNamingField() {
    assertFails("conn.log", HEADER + row("100.0", "10").replace("SF", "XX"),
        "conn.log: line 9: field 'conn_state': unknown ConnState: 'XX'");
  }

  @Test
  void unknownLog_failsNamingKnownOnes() {
    assertFails("weird.log", HEADER.replace("#path\tconn", "#path\tweird") + row("1.0", "1"),
        "weird.log: line 9: unknown Zeek log 'weird'; Wormbench reads conn, dns, http, ssl, "
            + "ntlm, smb_mapping, smb_files, rdp, dce_rpc, stratum, kerberos, ldap,"
            + " ldap_search, dhcp, ntp, snmp, ssh");
  }

  @Test
  void directoryWithoutLogs_failsRatherThanReadingAsNoTraffic() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertThatThrownBy(() -> ZeekEventSource.open(dir))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessageEndingWith(": no Zeek logs Wormbench reads (conn, dns, http, ssl, ntlm, "
            + "smb_mapping, smb_files, rdp, dce_rpc, stratum, kerberos, ldap, ldap_search, dhcp, ntp, snmp, ssh) in this directory");
  }

  @Test
  void setElementsWithEscapedSeparator_split() {
    assertThat(ZeekTsvCursor.split("a,b\\x2cc,,", ",")).containsExactly("a", "b\\x2cc", "", "");
  }

  @Test
  void backslashes_stayLiteralAsZeekWritesThem() {
    assertThat(ZeekText.unescape("\\\\admin-pc\\ADMIN$")).isEqualTo("\\\\admin-pc\\ADMIN$");
    assertThat(ZeekText.escape("\\\\admin-pc\\ADMIN$", false))
        .isEqualTo("\\\\admin-pc\\ADMIN$");
    assertThat(ZeekText.unescape("a\\x09b\\x2cc")).isEqualTo("a\tb,c");
  }

  @Test
  void textThatLooksLikeAnEscape_roundTrips() {
    for (String s : List.of("\\x41", "C:\\x\\y", "-", "(empty)", "caf\u00e9", "a,b\tc")) {
      assertThat(ZeekText.unescape(ZeekText.escape(s, true))).as(s).isEqualTo(s);
    }
  }

  @Test
  void ipv6Row_isSkippedAndCounted() throws Exception {
    Path file = dir.resolve("conn.log");
    Files.writeString(file, HEADER + row("100.0", "10").replace("10.0.0.2", "fe80::1")
        + row("101.0", "10"));
    try (ZeekEventSource s = ZeekEventSource.open(file)) {
      assertThat(ZeekReadTest.readAll(s)).hasSize(1);
      assertThat(s.skipped()).isEqualTo(1);
    }
  }

  @Test
  void unsetOptionalFields_readAsAbsent() throws Exception {
    List<Event> events = read("conn.log", HEADER + "100.0\tCabc\t10.0.0.1\t5000\t10.0.0.2\t445"
        + "\ttcp\t-\t-\t-\t-\tS0\t1\t0\n");
    assertThat(events.get(0).toString()).contains("service=, duration=0, origBytes=0");
  }

  @Test
  void malformedJsonLine_failsNamingLine() {
    assertThatThrownBy(() -> read("conn.log", "{\"ts\":1.0,\"uid\":\"C\",\"id.orig_h\":\"10.0.0.1\","
            + "\"id.orig_p\":1,\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":2,\"proto\":\"tcp\","
            + "\"conn_state\":\"SF\"}\n{\"ts\":2.0,\"uid\":"))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessageStartingWith("conn.log: line 2: not JSON: Unexpected end-of-input");
  }

  @Test
  void jsonBadCount_failsNamingField() {
    assertFails("conn.log", "{\"ts\":1.0,\"uid\":\"C\",\"id.orig_h\":\"10.0.0.1\","
            + "\"id.orig_p\":1,\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":2,\"proto\":\"tcp\","
            + "\"orig_bytes\":\"abc\",\"conn_state\":\"SF\"}\n",
        "conn.log: line 1: field 'orig_bytes': not a count: 'abc'");
  }

  @Test
  void jsonIsoTimestamps_read() throws Exception {
    List<Event> events = read("conn.log", "{\"ts\":\"2021-09-29T15:18:10.500620Z\",\"uid\":\"C\","
        + "\"id.orig_h\":\"10.0.0.1\",\"id.orig_p\":1,\"id.resp_h\":\"10.0.0.2\",\"id.resp_p\":2,"
        + "\"proto\":\"udp\",\"conn_state\":\"S0\"}\n");
    assertThat(events.get(0).ts()).isEqualTo(1_632_928_690_500_620L);
  }
}
