package io.wormbench.traffic.codec.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedAlertReaderTest {
  @TempDir Path dir;

  private List<ToolAlert> read(String name, String body, String map) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, body);
    try (AlertReader r = AlertFormat.MAPPED.open(file,
        AlertReadOptions.DEFAULTS.withMapping(ColumnMap.parse(map)))) {
      return r.readAll();
    }
  }

  @Test
  void csvWithOwnColumns_andScoreScale_isRead() throws Exception {
    List<ToolAlert> all = read("iforest.csv", "start,src_ip,dst_ip,anomaly,uid\n"
        + "1772388000.5,203.0.113.9,10.0.0.7,87,C1\n", "ts=start,src=src_ip,dst=dst_ip,"
        + "score=anomaly,scoreMax=100,uid=uid,detector=start");
    assertThat(all).hasSize(1);
    ToolAlert a = all.get(0);
    assertThat(Ipv4.format(a.alert().host())).isEqualTo("10.0.0.7");
    assertThat(a.alert().score()).isEqualTo(0.87);
    assertThat(a.flow().uid()).isEqualTo("C1");
    assertThat(a.alert().ts()).isEqualTo(1_772_388_000_500_000L);
  }

  @Test
  void jsonWithNestedPaths_isRead() throws Exception {
    List<ToolAlert> all = read("a.json", "{\"t\":\"2026-03-01T18:00:00Z\",\"who\":{\"ip\":\"10.0.0.2\"}}\n",
        "ts=t,host=who.ip");
    assertThat(all.get(0).alert().score()).isEqualTo(1.0);
    assertThat(all.get(0).alert().detector()).isEqualTo("external");
    assertThat(Ipv4.format(all.get(0).alert().host())).isEqualTo("10.0.0.2");
  }

  @Test
  void scoreAboveScale_failsNamingRowAndColumn() {
    assertThatThrownBy(() -> read("x.csv", "ts,h,s\n1772388000,10.0.0.1,0.3\n1772388000,10.0.0.1,3\n",
        "ts=ts,host=h,score=s"))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("x.csv: line 3: field 's': '3' over scoreMax 1.0 is not in [0,1]");
  }

  @Test
  void unknownColumn_failsOnTheHeader() {
    assertThatThrownBy(() -> read("x.csv", "ts,h\n", "ts=ts,host=hostname"))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("x.csv: line 1: field 'hostname': no such column in the header");
  }

  @Test
  void badMapping_isRefusedWithTheKey() {
    assertThatThrownBy(() -> ColumnMap.parse("ts=a,hots=b"))
        .hasMessageStartingWith("unknown key 'hots'");
    assertThatThrownBy(() -> ColumnMap.parse("host=b")).hasMessage("ts=<column> is required");
  }
}
