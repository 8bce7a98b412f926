package io.wormbench.traffic.codec.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.codec.SampleEvents;
import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  @TempDir Path dir;

  private Path written() {
    Path file = dir.resolve("events.jsonl");
    new JsonLinesWriter(file).writeAll(EventSource.of(SampleEvents.all()));
    return file;
  }

  private static List<Event> readAll(Path file) {
    List<Event> out = new ArrayList<>();
    try (EventSource s = new JsonLinesReader(file)) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void everyRecordType_roundTrips() {
    assertThat(readAll(written())).isEqualTo(SampleEvents.all());
  }

  @Test
  void lines_areCompactObjectsStartingWithKind() throws Exception {
    List<String> lines = Files.readAllLines(written());
    assertThat(lines).hasSize(SampleEvents.all().size());
    assertThat(lines.get(0)).isEqualTo("{\"kind\":\"conn\",\"ts\":1700000000000000,"
        + "\"uid\":\"CdnsAAAAAAAAAAAAAA\",\"orig_h\":\"10.0.1.10\",\"orig_p\":53000,"
        + "\"resp_h\":\"10.0.0.2\",\"resp_p\":53,\"proto\":\"UDP\",\"service\":\"dns\","
        + "\"duration\":1234,\"orig_bytes\":40,\"resp_bytes\":56,\"orig_pkts\":1,"
        + "\"resp_pkts\":1,\"conn_state\":\"SF\",\"history\":\"Dd\",\"missed_bytes\":0,"
        + "\"orig_ip_bytes\":68,\"resp_ip_bytes\":84,\"local_orig\":true,\"local_resp\":true}");
    assertThat(Files.readString(written())).endsWith("}\n");
  }

  @Test
  void emptyStream_writesEmptyFile() throws Exception {
    Path file = dir.resolve("empty.jsonl");
    new JsonLinesWriter(file).close();
    assertThat(Files.size(file)).isZero();
    assertThat(readAll(file)).isEmpty();
  }

  private void assertFails(String content, String message) throws Exception {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, content);
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage(message);
  }

  private String firstLine() throws Exception {
    return Files.readAllLines(written()).get(0);
  }

  @Test
  void badCount_failsNamingLineAndField() throws Exception {
    String ok = firstLine();
    assertFails(ok + "\n" + ok.replace("\"orig_bytes\":40", "\"orig_bytes\":\"abc\"") + "\n",
        "bad.jsonl: line 2: field 'orig_bytes': not a count: \"abc\"");
  }

  @Test
  void truncatedLine_failsAsNotJson() throws Exception {
    String ok = firstLine();
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, ok + "\n" + ok.substring(0, 40));
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessageStartingWith("bad.jsonl: line 2: not JSON: ");
  }

  @Test
  void missingField_failsNamingIt() throws Exception {
    assertFails(firstLine().replace(",\"service\":\"dns\"", ""),
        "bad.jsonl: line 1: field 'service': missing");
  }

  @Test
  void unknownField_failsRatherThanDropped() throws Exception {
    assertFails(firstLine().replace("{\"kind\":\"conn\",", "{\"kind\":\"conn\",\"extra\":1,"),
        "bad.jsonl: line 1: field 'extra': unknown field for kind conn");
  }

  @Test
  void unknownKind_failsNamingIt() throws Exception {
    assertFails(firstLine().replace("\"conn\"", "\"con\""),
        "bad.jsonl: line 1: field 'kind': unknown event kind 'con'");
  }

  @Test
  void badEnum_failsNamingAllowedType() throws Exception {
    assertFails(firstLine().replace("\"SF\"", "\"XX\""),
        "bad.jsonl: line 1: field 'conn_state': unknown ConnState: 'XX'");
  }

  @Test
  void timeGoingBackwards_fails() throws Exception {
    String ok = firstLine();
    assertFails(ok + "\n" + ok.replace("1700000000000000", "1699999999000000") + "\n",
        "bad.jsonl: line 2: field 'ts': time goes backwards: 2023-11-14T22:13:19.000000Z"
            + " after 2023-11-14T22:13:20.000000Z");
  }
}
