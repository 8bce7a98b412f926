package io.wormbench.traffic.codec.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.alert.Alert;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.net.Ipv4;
import io.wormbench.traffic.time.Micros;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertCsvTest {
  @TempDir Path dir;

  private static final long T0 = 1_700_000_000_123_456L;

  private static List<Alert> alerts() {
    return List.of(
        new Alert("smb-brute-force", T0, Ipv4.of(10, 1, 2, 3), Ipv4.of(10, 1, 2, 9), 0.75,
            "T1110.001", "14 failed NTLM logons, to 6 hosts with \"9\" user names"),
        new Alert("mining-protocol", T0 + Micros.HOUR, Ipv4.of(10, 1, 2, 4), Ipv4.NONE, 1.0,
            "T1496", "stratum mining.subscribe\nto pool"),
        new Alert("rare-endpoint-download", T0 + 1, Ipv4.of(192, 168, 0, 1),
            Ipv4.of(203, 0, 113, 7), 0.123456, "T1105", ""));
  }

  @Test
  void writtenAlerts_readBackEqual() {
    Path file = dir.resolve("alerts.csv");
    AlertCsv.write(file, alerts());
    assertThat(AlertCsv.read(file)).isEqualTo(alerts());
  }

  @Test
  void header_andFirstRow_haveDocumentedLayout() throws Exception {
    Path file = dir.resolve("alerts.csv");
    AlertCsv.write(file, alerts().subList(0, 1));
    assertThat(Files.readString(file)).isEqualTo(
        "ts,time,detector,host,peer,score,technique,evidence\n"
            + "1700000000123456,2023-11-14T22:13:20.123456Z,smb-brute-force,10.1.2.3,10.1.2.9,"
            + "0.750000,T1110.001,\"14 failed NTLM logons, to 6 hosts with \"\"9\"\" user names\"\n");
  }

  @Test
  void germanLocale_stillWritesDotDecimals() throws Exception {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Path file = dir.resolve("alerts.csv");
      AlertCsv.write(file, alerts());
      assertThat(Files.readString(file)).contains(",0.123456,").doesNotContain("0,75");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void sameAlertsTwice_giveIdenticalBytes() throws Exception {
    AlertCsv.write(dir.resolve("a.csv"), alerts());
    AlertCsv.write(dir.resolve("b.csv"), alerts());
    assertThat(Files.readAllBytes(dir.resolve("a.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
  }

  @Test
  void badScore_failsNamingLineAndField() throws Exception {
    Path file = dir.resolve("alerts.csv");
    Files.writeString(file, "ts,time,detector,host,peer,score,technique,evidence\n"
        + "1,x,d,10.0.0.1,,0.5,T1,e\n"
        + "2,x,d,10.0.0.1,,high,T1,e\n");
    assertThatThrownBy(() -> AlertCsv.read(file))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("alerts.csv: line 3: field 'score': not a number: 'high'");
  }

  @Test
  void badAddress_failsNamingField() throws Exception {
    Path file = dir.resolve("alerts.csv");
    Files.writeString(file, "ts,time,detector,host,peer,score,technique,evidence\n"
        + "1,x,d,10.0.0.300,,0.5,T1,e\n");
    assertThatThrownBy(() -> AlertCsv.read(file))
        .hasMessage("alerts.csv: line 2: field 'host': not an IPv4 address: '10.0.0.300'");
  }

  @Test
  void wrongHeader_failsOnLineOne() throws Exception {
    Path file = dir.resolve("alerts.csv");
    Files.writeString(file, "ts,detector\n1,d\n");
    assertThatThrownBy(() -> AlertCsv.read(file))
        .hasMessageStartingWith("alerts.csv: line 1: header must be ts,time,");
  }

  @Test
  void shortRow_failsWithFieldCount() throws Exception {
    Path file = dir.resolve("alerts.csv");
    Files.writeString(file, "ts,time,detector,host,peer,score,technique,evidence\n1,x,d\n");
    assertThatThrownBy(() -> AlertCsv.read(file))
        .hasMessage("alerts.csv: line 2: expected 8 fields but found 3");
  }
}
