package io.wormbench.traffic.codec.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.codec.TrafficFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertCsvReaderTest {
  @TempDir Path dir;

  private static final String HEADER = "ts,time,detector,host,peer,score,technique,evidence\n";
  private static final long T = 1_772_388_000_000_000L; // 2026-03-01T18:00:00Z

  private List<ToolAlert> read(String body) throws Exception {
    Path file = dir.resolve("alerts.csv");
    Files.writeString(file, HEADER + body);
    try (AlertReader r = AlertFormat.ALERTS_CSV.open(file, AlertReadOptions.DEFAULTS)) {
      return r.readAll();
    }
  }

  @Test
  void fuzzReproducer_tsInSeconds_isReadInItsUnit() throws Exception {
    Path repro = Path.of("../../shared/fuzz-repro/13-alerts-ts-in-seconds.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(repro), "shared fuzz reproducers");
    try (AlertReader r = AlertFormat.detect(repro).open(repro, AlertReadOptions.DEFAULTS)) {
      assertThat(r.readAll()).extracting(a -> a.alert().ts()).containsExactly(T);
    }
  }

  @Test
  void seconds_milliseconds_microseconds_allLandOnTheSameInstant() throws Exception {
    List<ToolAlert> all = read(
        "1772388000,2026-03-01T18:00:00.000000Z,d,10.0.0.1,,0.5,T1046,x\n"
        + "1772388000000,2026-03-01T18:00:00.000000Z,d,10.0.0.1,,0.5,T1046,x\n"
        + "1772388000000000,2026-03-01T18:00:00.000000Z,d,10.0.0.1,,0.5,T1046,x\n"
        + "1772388000.25,,d,10.0.0.1,,0.5,T1046,x\n");
    assertThat(all).extracting(a -> a.alert().ts()).containsExactly(T, T, T, T + 250_000);
  }

  @Test
  void isoTimeDisagreeingWithTs_failsNamingTheRow() {
    assertThatThrownBy(() -> read("1772388000000,2026-03-01T18:00:00.000000Z,d,10.0.0.1,,0.5,T,x\n"
        + "1772388000,2026-03-02T18:00:00.000000Z,d,10.0.0.1,,0.5,T,x\n"))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("alerts.csv: line 3: field 'time': '2026-03-02T18:00:00.000000Z' disagrees"
            + " with ts 1772388000 (read as 2026-03-01T18:00:00.000000Z)");
  }

  @Test
  void tsIn1970_failsNamingTheRow() {
    assertThatThrownBy(() -> read("86400,,d,10.0.0.1,,0.5,T,x\n"))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessageStartingWith("alerts.csv: line 2: field 'ts': '86400' is no time between 1990"
            + " and 2100");
  }

  @Test
  void hostileTs_failsOnOneLine() {
    assertThatThrownBy(() -> read("1e100000000,,d,10.0.0.1,,0.5,T,x\n"))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessageStartingWith("alerts.csv: line 2: field 'ts':");
  }
}
