package io.wormbench.traffic.codec.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertFormatTest {
  @TempDir Path dir;

  static Path fixture(String name) throws Exception {
    return Path.of(AlertFormatTest.class.getResource(name).toURI());
  }

  static List<ToolAlert> read(String name) throws Exception {
    Path file = fixture(name);
    try (AlertReader r = AlertFormat.detect(file).open(file, AlertReadOptions.DEFAULTS)) {
      return r.readAll();
    }
  }

  @Test
  void eachFixture_isDetectedByContent() throws Exception {
    assertThat(AlertFormat.detect(fixture("eve.json"))).isEqualTo(AlertFormat.EVE);
    assertThat(AlertFormat.detect(fixture("notice.log"))).isEqualTo(AlertFormat.ZEEK_NOTICE);
    assertThat(AlertFormat.detect(fixture("notice.json"))).isEqualTo(AlertFormat.ZEEK_NOTICE);
    assertThat(AlertFormat.detect(fixture("slips-alerts.json"))).isEqualTo(AlertFormat.SLIPS);
    assertThat(AlertFormat.detect(fixture("ndpi-flows.json"))).isEqualTo(AlertFormat.NDPI);
    Path csv = dir.resolve("alerts.csv");
    AlertCsv.write(csv, List.of(new Alert("d", 1_772_442_845_000_000L, Ipv4.of(10, 0, 0, 1),
        Ipv4.NONE, 0.5, "T1046", "x")));
    assertThat(AlertFormat.detect(csv)).isEqualTo(AlertFormat.ALERTS_CSV);
  }

  @Test
  void zeekConnLog_isNoAlertFormat_andSaysUseFormat() throws Exception {
    Path conn = dir.resolve("conn.log");
    Files.writeString(conn, "#separator \\x09\n#path\tconn\n#fields\tts\tuid\n");
    assertThatThrownBy(() -> AlertFormat.detect(conn))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessageStartingWith("conn.log: line 1: cannot tell the alert format")
        .hasMessageContaining("--format");
  }

  @Test
  void detect_leavesTheReaderAtTheStart() throws Exception {
    String text = String.join("\n", Files.readAllLines(fixture("eve.json")));
    BufferedReader in = new BufferedReader(new StringReader(text), 1 << 17);
    AlertFormat f = AlertFormat.detect(in, "stdin");
    assertThat(f.open(in, "stdin", AlertReadOptions.DEFAULTS).readAll()).hasSize(2);
  }

  @Test
  void names_areTheCliSpellings() {
    assertThat(AlertFormat.names()).containsExactly("alerts-csv", "eve", "zeek-notice", "slips",
        "ndpi", "mapped");
    assertThat(AlertFormat.ofName("EVE")).contains(AlertFormat.EVE);
    assertThat(AlertFormat.ofName("snort")).isEmpty();
  }

  @Test
  void eve_readsAlertEventsOnly_withSeverityRuleAndInternalEntity() throws Exception {
    Path file = fixture("eve.json");
    try (AlertReader r = AlertFormat.EVE.open(file, AlertReadOptions.DEFAULTS)) {
      List<ToolAlert> all = r.readAll();
      assertThat(all).hasSize(2);
      assertThat(r.skipped()).isEqualTo(1); // the IPv6 alert
      ToolAlert download = all.get(0);
      Alert a = download.alert();
      assertThat(a.detector()).isEqualTo("suricata");
      assertThat(a.ts()).isEqualTo(Micros.of(java.time.Instant.parse("2026-03-02T09:14:06.5Z")));
      assertThat(Ipv4.format(a.host())).isEqualTo("10.20.1.5"); // the internal end, not src
      assertThat(Ipv4.format(a.peer())).isEqualTo("203.0.113.7");
      assertThat(a.score()).isEqualTo(0.75);
      assertThat(a.technique()).isEqualTo("T1105");
      assertThat(a.evidence()).startsWith("sid 2019714: ET INFO Executable Download");
      assertThat(download.flow().communityId()).isEqualTo("1:wCb3OG7yAFWelaUydu0D+125CLM=");
      assertThat(download.flow().dport()).isEqualTo(51234);
      assertThat(download.flow().proto()).isEqualTo(6);
      assertThat(download.line()).isEqualTo(2);
      Alert smb = all.get(1).alert();
      assertThat(smb.ts()).isEqualTo(Micros.of(java.time.Instant.parse("2026-03-02T09:00:00Z")));
      assertThat(Ipv4.format(smb.host())).isEqualTo("10.20.1.5"); // both internal: the source
      assertThat(smb.score()).isEqualTo(0.5);
      assertThat(smb.technique()).isEmpty();
    }
  }

  @Test
  void eveSeverityRule_isDocumentedLadder() {
    assertThat(EveAlertReader.score(1)).isEqualTo(1.0);
    assertThat(EveAlertReader.score(2)).isEqualTo(0.75);
    assertThat(EveAlertReader.score(3)).isEqualTo(0.5);
    assertThat(EveAlertReader.score(4)).isEqualTo(0.25);
    assertThat(EveAlertReader.score(255)).isEqualTo(0.25);
  }

  @Test
  void eveBadAddress_failsNamingLineAndField() throws Exception {
    Path file = dir.resolve("eve.json");
    Files.writeString(file, "{\"event_type\":\"flow\"}\n{\"timestamp\":\"2026-03-02T09:14:06Z\","
        + "\"event_type\":\"alert\",\"src_ip\":\"10.0.0.300\",\"dest_ip\":\"10.0.0.1\"}\n");
    assertThatThrownBy(() -> AlertFormat.EVE.open(file, AlertReadOptions.DEFAULTS).readAll())
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("eve.json: line 2: field 'src_ip': not an IPv4 address: '10.0.0.300'");
  }

  @Test
  void eveTimestampIn1970_failsInsteadOfScoringInTheWrongYear() throws Exception {
    Path file = dir.resolve("eve.json");
    Files.writeString(file, "{\"timestamp\":12345,\"event_type\":\"alert\",\"src_ip\":\"10.0.0.2\","
        + "\"dest_ip\":\"10.0.0.1\",\"alert\":{\"severity\":1}}\n");
    assertThatThrownBy(() -> AlertFormat.EVE.open(file, AlertReadOptions.DEFAULTS).readAll())
        .isInstanceOf(TrafficFormatException.class)
        .hasMessageStartingWith("eve.json: line 1: field 'timestamp': '12345' is no time between");
  }

  @Test
  void noticeTsv_andJson_readAlike() throws Exception {
    List<ToolAlert> tsv = read("notice.log");
    List<ToolAlert> json = read("notice.json");
    assertThat(tsv).hasSize(2);
    assertThat(json).hasSize(2);
    Alert scan = tsv.get(0).alert();
    assertThat(scan.detector()).isEqualTo("zeek");
    assertThat(Ipv4.format(scan.host())).isEqualTo("10.20.1.5");
    assertThat(scan.score()).isEqualTo(1.0);
    assertThat(scan.technique()).isEqualTo("T1046");
    assertThat(scan.evidence()).startsWith("Scan::Address_Scan: 10.20.1.5 scanned");
    assertThat(scan.ts()).isEqualTo(1_772_442_845_250_000L);
    assertThat(json.get(0).alert()).isEqualTo(scan);
    ToolAlert guess = tsv.get(1);
    assertThat(guess.flow().uid()).isEqualTo("CHhAvVGS1DHFjwGM9");
    assertThat(guess.alert().technique()).isEqualTo("T1110.001");
    assertThat(Ipv4.format(guess.alert().peer())).isEqualTo("10.20.1.9");
    assertThat(json.get(1).flow().uid()).isEqualTo("CHhAvVGS1DHFjwGM9");
    assertThat(json.get(1).alert().ts()).isEqualTo(1_772_442_900_000_000L);
  }

  @Test
  void noticeTsvRowWithWrongFieldCount_failsNamingTheLine() throws Exception {
    Path file = dir.resolve("notice.log");
    Files.writeString(file, "#separator \\x09\n#path\tnotice\n#fields\tts\tnote\n1772442845.0\n");
    assertThatThrownBy(() -> AlertFormat.ZEEK_NOTICE.open(file, AlertReadOptions.DEFAULTS).next())
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("notice.log: line 4: expected 2 fields but found 1");
  }

  @Test
  void slips_eventsScoreThreatTimesConfidence_incidentsScoreOne() throws Exception {
    List<ToolAlert> all = read("slips-alerts.json");
    assertThat(all).hasSize(3);
    Alert scan = all.get(0).alert();
    assertThat(scan.detector()).isEqualTo("slips");
    assertThat(scan.ts()).isEqualTo(Micros.of(java.time.Instant.parse("2026-03-02T09:14:05.123456Z")));
    assertThat(scan.score()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(all.get(0).flow().sport()).isEqualTo(40000);
    Alert pool = all.get(1).alert();
    assertThat(Ipv4.format(pool.host())).isEqualTo("10.20.1.5"); // the internal Target
    assertThat(pool.score()).isEqualTo(0.8);
    Alert incident = all.get(2).alert();
    assertThat(incident.score()).isEqualTo(1.0);
    assertThat(incident.evidence()).startsWith("alert: ");
  }

  @Test
  void ndpi_flowsWithRisksOnly_scoredByTheirWorstSeverity_inAnyTimeUnit() throws Exception {
    List<ToolAlert> all = read("ndpi-flows.json");
    assertThat(all).hasSize(2);
    assertThat(all.get(0).alert().score()).isEqualTo(2 / 6.0);
    assertThat(all.get(0).alert().ts()).isEqualTo(1_772_442_845_123_000L);
    assertThat(all.get(0).alert().evidence())
        .isEqualTo("Mining: Known Protocol on Non Standard Port, Unsafe Protocol");
    assertThat(all.get(1).alert().score()).isEqualTo(4 / 6.0);
    assertThat(all.get(1).alert().ts()).isEqualTo(1_772_442_847_000_000L);
    assertThat(all.get(1).flow().dport()).isEqualTo(8080);
  }

  @Test
  void ndpiRiskWithoutTime_failsNamingTheField() throws Exception {
    Path file = dir.resolve("ndpi.json");
    Files.writeString(file, "{\"src_ip\":\"10.0.0.1\",\"dest_ip\":\"10.0.0.2\",\"ndpi\":"
        + "{\"flow_risk\":{\"1\":{\"risk\":\"x\",\"severity\":\"Low\"}}}}\n");
    assertThatThrownBy(() -> AlertFormat.NDPI.open(file, AlertReadOptions.DEFAULTS).readAll())
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("ndpi.json: line 1: field 'flow_first_seen': missing");
  }

  @Test
  void detectorOption_renamesTheTool() throws Exception {
    Path file = fixture("eve.json");
    try (AlertReader r = AlertFormat.EVE.open(file, AlertReadOptions.DEFAULTS.withDetector("et-open"))) {
      assertThat(r.readAll()).allMatch(a -> a.alert().detector().equals("et-open"));
    }
  }
}
