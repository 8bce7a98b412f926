package io.wormbench.traffic.codec.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthCsvTest {
  @TempDir Path dir;

  @Test
  void writtenSteps_readBackEqual() {
    Path file = dir.resolve("truth.csv");
    TruthCsv.write(file, TruthFixtures.truth().steps());
    assertThat(TruthCsv.read(file)).isEqualTo(TruthFixtures.truth().steps());
  }

  @Test
  void rows_haveDocumentedLayout() throws Exception {
    Path file = dir.resolve("truth.csv");
    TruthCsv.write(file, TruthFixtures.truth().steps());
    assertThat(Files.readAllLines(file)).hasSize(4).first().isEqualTo(
        "id,stage,technique,source,target,start_ts,start,end_ts,end,event_count,event_uids");
    assertThat(Files.readString(file)).contains(
        "1,BRUTE_FORCE,T1110.001,10.0.1.10,10.0.1.11,1700000000000010,2023-11-14T22:13:20.000010Z,"
            + "1700000060000000,2023-11-14T22:14:20.000000Z,2,CAbc123def456ghi78 CXyz\n");
  }

  @Test
  void unknownStage_failsNamingLineAndField() throws Exception {
    Path file = dir.resolve("truth.csv");
    TruthCsv.write(file, TruthFixtures.truth().steps());
    Files.writeString(file, Files.readString(file).replace("MINING", "MINNG"));
    assertThatThrownBy(() -> TruthCsv.read(file))
        .hasMessage("truth.csv: line 3: field 'stage': unknown stage 'MINNG'");
  }

  @Test
  void countDisagreeingWithUids_fails() throws Exception {
    Path file = dir.resolve("truth.csv");
    TruthCsv.write(file, TruthFixtures.truth().steps());
    Files.writeString(file, Files.readString(file).replace(",2,CAbc", ",3,CAbc"));
    assertThatThrownBy(() -> TruthCsv.read(file))
        .hasMessage("truth.csv: line 2: field 'event_count': says 3 but event_uids has 2");
  }
}
