package io.wormbench.traffic.codec.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertCsvFlowColumnsTest {
  private static final String HEADER = "ts,time,detector,host,peer,score,technique,evidence";

  @TempDir Path dir;

  private List<ToolAlert> read(String text) throws Exception {
    Path file = dir.resolve("alerts.csv");
    Files.writeString(file, text);
    assertThat(AlertFormat.detect(file)).isEqualTo(AlertFormat.ALERTS_CSV);
    try (AlertReader r = AlertFormat.ALERTS_CSV.open(file, AlertReadOptions.DEFAULTS)) {
      return r.readAll();
    }
  }

  @Test
  void trailingUidAndCommunityId_nameTheAlertsFlow() throws Exception {
    List<ToolAlert> a = read(HEADER + ",uid,community_id\n"
        + "1772503200000000,,iforest,10.1.2.3,10.1.2.9,0.9,T1046,x,C1abc,1:LQU9qZlK+B5F3KDmev6m5PMibrg=\n"
        + "1772503201000000,,iforest,10.1.2.3,,0.4,,y,,\n");
    assertThat(a.get(0).flow().uid()).isEqualTo("C1abc");
    assertThat(a.get(0).flow().communityId()).isEqualTo("1:LQU9qZlK+B5F3KDmev6m5PMibrg=");
    assertThat(a.get(0).flow().present()).isTrue();
    assertThat(a.get(1).flow()).isEqualTo(FlowKey.NONE);
  }

  @Test
  void communityIdAlone_isAccepted() throws Exception {
    List<ToolAlert> a = read(HEADER + ",community_id\n"
        + "1772503200000000,,ndpi,10.1.2.3,,0.5,,z,1:abc=\n");
    assertThat(a.get(0).flow().communityId()).isEqualTo("1:abc=");
    assertThat(a.get(0).flow().uid()).isEmpty();
  }

  @Test
  void plainAlertsCsv_namesNoFlow() throws Exception {
    assertThat(read(HEADER + "\n1772503200000000,,d,10.1.2.3,,0.5,,e\n").get(0).flow())
        .isEqualTo(FlowKey.NONE);
  }

  @Test
  void otherExtraColumn_failsOnLineOne() throws Exception {
    Path file = dir.resolve("alerts.csv");
    Files.writeString(file, HEADER + ",label\n1,,d,10.1.2.3,,0.5,,e,x\n");
    assertThatThrownBy(() -> AlertFormat.ALERTS_CSV.open(file, AlertReadOptions.DEFAULTS))
        .hasMessageContaining("line 1").hasMessageContaining("optionally followed by "
            + "uid,community_id");
  }
}
