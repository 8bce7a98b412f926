package io.wormbench.traffic.codec.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.truth.GroundTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthJsonTest {
  @TempDir Path dir;

  @Test
  void writtenTruth_readsBackEqual() {
    Path file = dir.resolve("truth.json");
    TruthJson.write(file, TruthFixtures.truth());
    GroundTruth back = TruthJson.read(file);
    assertThat(back).isEqualTo(TruthFixtures.truth());
  }

  @Test
  void output_isPrettyDeterministicAndNewlineTerminated() {
    String a = TruthJson.toJson(TruthFixtures.truth());
    String b = TruthJson.toJson(TruthFixtures.truth());
    assertThat(a).isEqualTo(b).endsWith("}\n").doesNotContain("\r");
    assertThat(a).startsWith("{\n  \"format\": \"wormbench-truth/1\",\n  \"scenario\": \"seed-incident\",");
  }

  @Test
  void neverReachedPoint_isNullInBothFields() {
    String json = TruthJson.toJson(TruthFixtures.truth());
    assertThat(json).contains("\"quarantinedAt\": null,\n      \"quarantinedAtMicros\": null");
    assertThat(json).contains("\"infectedAt\": \"2023-11-14T23:13:20.000000Z\"");
    assertThat(json).contains("\"target\": \"0.0.0.0\"");
  }

  @Test
  void unknownStage_failsNamingJsonPath() {
    String json = TruthJson.toJson(TruthFixtures.truth()).replace("\"MINING\"", "\"MINNG\"");
    assertThatThrownBy(() -> TruthJson.fromJson(json, "truth.json"))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("truth.json: field 'steps[1].stage': unknown Stage 'MINNG'");
  }

  @Test
  void missingField_failsNamingJsonPath() {
    String json = TruthJson.toJson(TruthFixtures.truth()).replace("\"subnet\"", "\"subnetz\"");
    assertThatThrownBy(() -> TruthJson.fromJson(json, "truth.json"))
        .hasMessage("truth.json: field 'hosts[0].subnet': missing");
  }

  @Test
  void truncatedFile_failsAsNotJson() throws Exception {
    String json = TruthJson.toJson(TruthFixtures.truth());
    Path file = dir.resolve("truth.json");
    Files.writeString(file, json.substring(0, json.length() / 2));
    assertThatThrownBy(() -> TruthJson.read(file))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessageStartingWith("truth.json: line ")
        .hasMessageContaining("not JSON");
  }
}
