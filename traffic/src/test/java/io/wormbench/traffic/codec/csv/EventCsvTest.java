package io.wormbench.traffic.codec.csv;

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

class EventCsvTest {
  @TempDir Path dir;

  private Path written() {
    Path file = dir.resolve("events.csv");
    new EventCsvWriter(file).writeAll(EventSource.of(SampleEvents.all()));
    return file;
  }

  private static List<Event> readAll(Path file) {
    List<Event> out = new ArrayList<>();
    try (EventSource s = new EventCsvReader(file)) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void everyRecordType_roundTrips() {
    assertThat(readAll(written())).isEqualTo(SampleEvents.all());
  }

  @Test
  void header_isKindThenUnionOfColumns() throws Exception {
    String header = Files.readAllLines(written()).get(0);
    assertThat(header).startsWith("kind,ts,uid,orig_h,orig_p,resp_h,resp_p,proto,service,")
        .contains(",query,qtype,rcode,answers,").contains(",from_originator,")
        .contains(",history,missed_bytes,orig_ip_bytes,resp_ip_bytes,local_orig,local_resp,")
        .endsWith(",host_key");
  }

  @Test
  void sameEventsTwice_giveIdenticalBytes() throws Exception {
    byte[] a = Files.readAllBytes(written());
    byte[] b = Files.readAllBytes(written());
    assertThat(a).isEqualTo(b);
    assertThat(new String(a, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r");
  }

  private String replaceInRow(int row, String from, String to) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(written()));
    assertThat(lines.get(row)).contains(from);
    lines.set(row, lines.get(row).replace(from, to));
    return String.join("\n", lines) + "\n";
  }

  private void assertFails(String content, String message) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, content);
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage(message);
  }

  @Test
  void badCount_failsNamingLineAndField() throws Exception {
    assertFails(replaceInRow(1, ",1234,40,", ",1234,abc,"),
        "bad.csv: line 2: field 'orig_bytes': not a count: 'abc'");
  }

  @Test
  void wrongFieldCount_fails() throws Exception {
    assertFails(replaceInRow(1, ",SF,", ",SF,,"),
        "bad.csv: line 2: expected " + (EventCsv.HEADER.size()) + " fields but found "
            + (EventCsv.HEADER.size() + 1));
  }

  @Test
  void valueInColumnOfAnotherKind_failsRatherThanDropped() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(written()));
    String row = lines.get(1);
    int queryColumn = EventCsv.HEADER.indexOf("query");
    String[] cells = row.split(",", -1);
    cells[queryColumn] = "stray";
    lines.set(1, String.join(",", cells));
    assertFails(String.join("\n", lines) + "\n",
        "bad.csv: line 2: field 'query': must be empty for kind conn but is 'stray'");
  }

  @Test
  void badPort_failsNamingField() throws Exception {
    assertFails(replaceInRow(1, ",53000,", ",70000,"),
        "bad.csv: line 2: field 'orig_p': not a port: '70000'");
  }

  @Test
  void wrongHeader_failsOnLineOne() throws Exception {
    assertFails("kind,ts\nconn,1\n", "bad.csv: line 1: header must be "
        + String.join(",", EventCsv.HEADER));
  }

  @Test
  void badBoolean_failsNamingField() throws Exception {
    assertFails(replaceInRow(10, ",false,", ",no,"),
        "bad.csv: line 11: field 'success': not a boolean: 'no'");
  }
}
