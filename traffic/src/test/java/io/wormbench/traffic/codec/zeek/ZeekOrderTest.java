package io.wormbench.traffic.codec.zeek;

import static io.wormbench.traffic.codec.zeek.ZeekBadInputTest.HEADER;
import static io.wormbench.traffic.codec.zeek.ZeekBadInputTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wormbench.traffic.codec.TrafficFormatException;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.time.Micros;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeekOrderTest {
  @TempDir Path dir;

  private static List<Long> times(List<Event> events) {
    return events.stream().map(Event::ts).toList();
  }

  @Test
  void rowsWrittenAtConnectionEnd_comeOutInStartOrder() throws Exception {
    // A long connection starting at 100 s is logged after short ones starting at 150 and 160.
    Files.writeString(dir.resolve("conn.log"),
        HEADER + row("150.0", "1") + row("160.0", "1") + row("100.0", "1") + row("900.0", "1"));
    List<Event> events = ZeekReadTest.readAll(ZeekEventSource.open(dir.resolve("conn.log")));
    assertThat(times(events)).containsExactly(100 * Micros.SECOND, 150 * Micros.SECOND,
        160 * Micros.SECOND, 900 * Micros.SECOND);
  }

  @Test
  void rowLaterThanWindow_failsNamingLineAndWindow() throws Exception {
    Files.writeString(dir.resolve("conn.log"),
        HEADER + row("150.0", "1") + row("400.0", "1") + row("100.0", "1"));
    assertThatThrownBy(() -> ZeekReadTest.readAll(
            ZeekEventSource.open(dir.resolve("conn.log"), 60 * Micros.SECOND)))
        .isInstanceOf(TrafficFormatException.class)
        .hasMessage("conn.log: line 11: field 'ts': row at 1970-01-01T00:01:40.000000Z comes"
            + " after a row at 1970-01-01T00:02:30.000000Z, more than the reorder window of 60 s"
            + " out of order (a longer window reads it)");
  }

  @Test
  void severalLogs_mergeIntoOneTimeOrderedStream() throws Exception {
    Files.writeString(dir.resolve("conn.log"), HEADER + row("100.0", "1") + row("300.0", "1"));
    String rdp = HEADER.replace("#path\tconn", "#path\trdp")
        .replaceAll("#fields.*\n", "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p"
            + "\tcookie\tresult\n")
        .replaceAll("#types.*\n", "#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\n");
    Files.writeString(dir.resolve("rdp.log"), rdp
        + "100.0\tCabc\t10.0.0.1\t5000\t10.0.0.2\t3389\tadmin\t-\n"
        + "200.0\tCdef\t10.0.0.1\t5001\t10.0.0.2\t3389\tadmin\tSuccess\n");
    Files.writeString(dir.resolve("notes.txt"), "not a log");
    Files.writeString(dir.resolve("weird.log"), "ignored: Wormbench has no weird records");
    List<Event> events = ZeekReadTest.readAll(ZeekEventSource.open(dir));
    assertThat(times(events)).containsExactly(100 * Micros.SECOND, 100 * Micros.SECOND,
        200 * Micros.SECOND, 300 * Micros.SECOND);
    assertThat(events.get(0).kind().logName()).isEqualTo("conn");
    assertThat(events.get(1).kind().logName()).isEqualTo("rdp");
  }
}
