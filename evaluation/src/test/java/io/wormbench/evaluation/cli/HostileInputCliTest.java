package io.wormbench.evaluation.cli;

import static io.wormbench.evaluation.cli.HostileFiles.CONN;
import static io.wormbench.evaluation.cli.HostileFiles.ZEEK_HEADER;
import static io.wormbench.evaluation.cli.HostileFiles.ZEEK_ROW;
import static io.wormbench.evaluation.cli.HostileFiles.pcapng;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.traffic.codec.EventFormat;
import io.wormbench.traffic.event.Event;
import io.wormbench.traffic.event.EventSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's "silently accepted" and "runaway" inputs, each written here from scratch and fed
 * through the real command line: every one ends with exit 2 and one stderr line naming the file,
 * the line or byte offset (or the element's index, for whole-document JSON) and the field,
 * within seconds; a power-of-two pcapng resolution decodes to the right microsecond.
 */
class HostileInputCliTest {
  private static final Duration NO_HANG = Duration.ofSeconds(60);

  @TempDir
  Path tmp;

  private record Result(int code, String out, String err) {}

  private static Result cli(String... args) {
    return assertTimeoutPreemptively(NO_HANG, () -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      var cl = WormbenchCommand.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      return new Result(cl.execute(args), out.toString(), err.toString());
    });
  }

  /** Exit 2 and one line holding the file name, {@code place} (a line or offset) and field. */
  private static void assertOneLine(Result r, String file, String place, String field) {
    String what = file + " " + field + ": " + r.err;
    assertThat(r.code).as(what).isEqualTo(2);
    String line = r.err.strip();
    assertThat(line.lines()).as(what).hasSize(1);
    assertThat(line).as(what).doesNotContain("internal error").doesNotContain("Exception")
        .contains(file).containsPattern(place).contains(field);
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Result detect(Path input) {
    return cli("detect", input.toString(), "--out", tmp.resolve("out-" + input.getFileName())
        .toString());
  }

  private Result runScenario(Path yaml) {
    return cli("run", yaml.toString(), "--seed", "1", "--out", tmp.resolve("run-"
        + yaml.getFileName()).toString());
  }


  @Test
  void duplicateJsonKey_isRefused() throws IOException {
    Path p = write("dup.jsonl", CONN + "\n" + CONN.replace("\"uid\":\"C1\",",
        "\"uid\":\"C2\",\"uid\":\"C3\",") + "\n");
    assertOneLine(detect(p), "dup.jsonl", "line 2", "field 'uid'");
  }

  @Test
  void newlineInJsonFieldName_staysOnOneLine() throws IOException {
    Path p = write("newline.jsonl", CONN.replace("\"service\"",
        "\"serv\\nice\":1,\"service\"") + "\n");
    assertOneLine(detect(p), "newline.jsonl", "line 1", "field 'serv\\nice'");
  }

  @Test
  void jsonLinesTimestampBefore1970_isRefused() throws IOException {
    Path p = write("old.jsonl", CONN.replace("1772380815718066", "-5000000") + "\n");
    assertOneLine(detect(p), "old.jsonl", "line 1", "field 'ts'");
  }


  @Test
  void zeekTsvTimestamps_hugeExponentIsoYearAndBefore1970_areRefusedAtOnce() throws IOException {
    String[][] cases = {{"huge", "1e100000000"}, {"iso", "+999999-01-01T00:00:00Z"},
        {"old", "-1.5"}};
    for (String[] c : cases) {
      Path p = write(c[0] + "/conn.log", ZEEK_HEADER + "1772380815.718066" + ZEEK_ROW
          + c[1] + ZEEK_ROW);
      assertOneLine(cli("detect", p.getParent().toString(), "--out",
          tmp.resolve("out-" + c[0]).toString()), "conn.log", "line 9", "field 'ts'");
    }
  }

  @Test
  void zeekJsonTimestamps_hugeExponents_areRefusedAtOnce() throws IOException {
    String row = "{\"_path\":\"conn\",\"ts\":TS,\"uid\":\"C1\",\"id.orig_h\":\"10.20.0.17\","
        + "\"id.orig_p\":1,\"id.resp_h\":\"10.10.0.1\",\"id.resp_p\":53,\"proto\":\"udp\","
        + "\"conn_state\":\"SF\"}\n";
    for (String ts : List.of("1e999999999", "1e9999999999", "\"+999999-01-01T00:00:00Z\"")) {
      Path dir = tmp.resolve("json" + ts.length());
      Path p = write(dir.getFileName() + "/conn.log", row.replace("TS", "1772380815.718066")
          + row.replace("TS", ts));
      assertOneLine(cli("detect", dir.toString(), "--out", tmp.resolve("o" + ts.length())
          .toString()), "conn.log", "line 2", "field 'ts'");
    }
  }

  /** A valid truth.json: a simulated run's. */
  private Path truth() throws IOException {
    Path dir = tmp.resolve("sim");
    Result r = cli("simulate", TestScenarios.file("tiny-incident").toString(), "--out",
        dir.toString(), "--format", "none");
    assertThat(r.code).as(r.err).isZero();
    return dir.resolve("truth.json");
  }

  private Result score(Path truth) throws IOException {
    Path alerts = write("alerts.csv", "ts,time,detector,host,peer,score,technique,evidence\n");
    return cli("score", "--alerts", alerts.toString(), "--truth", truth.toString());
  }

  @Test
  void truthWithStepEndingBeforeItStarts_isRefused() throws IOException {
    String text = Files.readString(truth());
    // step 1's end moved one hour before its start
    String edited = editFirstStep(text, "endMicros", v -> v - 3_600_000_000L - (v - start(text)));
    Path p = write("bad/end-before-start/truth.json", edited);
    assertOneLine(score(p), "truth.json", "line \\d+|\\[0\\]", "steps[0]");
  }

  @Test
  void truthWithDuplicateStepIds_isRefused() throws IOException {
    String text = Files.readString(truth());
    int second = text.indexOf("\"id\": 2,");
    assertThat(second).isPositive();
    Path p = write("bad/dup-id/truth.json", text.substring(0, second) + "\"id\": 1,"
        + text.substring(second + "\"id\": 2,".length()));
    assertOneLine(score(p), "truth.json", "line \\d+|\\[1\\]", "steps[1]");
  }

  @Test
  void truthWithStepIdBeyondIntRange_isRefused() throws IOException {
    String text = Files.readString(truth());
    Path p = write("bad/big-id/truth.json",
        text.replaceFirst("\"id\": 1,", "\"id\": 4294967297,"));
    assertOneLine(score(p), "truth.json", "line \\d+|\\[0\\]", "steps[0]");
  }

  private static long start(String text) {
    return firstLong(text, "\"startMicros\": ", text.indexOf("\"steps\""));
  }

  private static long firstLong(String text, String key, int from) {
    int i = text.indexOf(key, from) + key.length();
    int j = i;
    while (Character.isDigit(text.charAt(j)) || text.charAt(j) == '-') {
      j++;
    }
    return Long.parseLong(text.substring(i, j));
  }

  private static String editFirstStep(String text, String field,
      java.util.function.LongUnaryOperator f) {
    String key = "\"" + field + "\": ";
    int i = text.indexOf(key, text.indexOf("\"steps\"")) + key.length();
    long v = firstLong(text, key, text.indexOf("\"steps\""));
    String old = Long.toString(v);
    return text.substring(0, i) + f.applyAsLong(v) + text.substring(i + old.length());
  }

  @Test
  void emptyScenarioFile_isRefused() throws IOException {
    assertOneLine(runScenario(write("empty.yaml", "")), "empty.yaml", "empty file|line 1", "");
    assertOneLine(runScenario(write("blank.yaml", "\n  \n# nothing\n")), "blank.yaml",
        "empty file|line \\d", "");
  }

  private String tiny() throws IOException {
    return Files.readString(TestScenarios.file("tiny-incident"));
  }

  @Test
  void yamlAlias_isRefused() throws IOException {
    String yaml = tiny().replace("name: tiny-incident", "name: &who tiny-incident")
        .replaceFirst("description: .*", "description: *who");
    assertOneLine(runScenario(write("alias.yaml", yaml)), "alias.yaml", "line 3", "description");
  }

  @Test
  void attackStartOf1e20Days_isRefusedBeforeRunning() throws IOException {
    String yaml = tiny().replace("    start: 1h\n", "    start: 100000000000000000000d\n");
    assertThat(yaml).contains("100000000000000000000d");
    assertOneLine(runScenario(write("far.yaml", yaml)), "far.yaml", "line \\d+",
        "attacks[0].start");
  }

  @Test
  void twoBillionAdmins_isRefusedBeforeRunning() throws IOException {
    String yaml = tiny().replace("  profile: small-office\n",
        "  profile: small-office\n  users: {admins: 2000000000}\n");
    assertOneLine(runScenario(write("admins.yaml", yaml)), "admins.yaml", "line \\d+",
        "network.users.admins");
  }

  @Test
  void pcapngTsresolTenToTheMinus70_isRefusedWithItsOffset() throws IOException {
    Path p = tmp.resolve("res70.pcapng");
    Files.write(p, pcapng(70, 1_000_000L));
    assertOneLine(detect(p), "res70.pcapng", "byte( offset)? \\d+", "if_tsresol");
  }

  @Test
  void pcapngPowerOfTwoTsresol_decodesTheSecondHalfOfASecond() throws IOException {
    // 2^-20 s units: 1772380815.75 s = (1772380815 << 20) + 0.75 * 2^20 units
    long units = (1772380815L << 20) + (3L << 18);
    Path p = tmp.resolve("res2.pcapng");
    Files.write(p, pcapng(0x80 | 20, units));
    Result r = detect(p);
    assertThat(r.code).as(r.err).isNotEqualTo(1);
    assertThat(r.err).doesNotContain("internal error");
    List<Long> ts = new ArrayList<>();
    try (EventSource s = EventFormat.PCAP.open(p)) {
      while (s.hasNext()) {
        Event e = s.next();
        ts.add(e.ts());
      }
    }
    assertThat(ts).containsExactly(1_772_380_815_750_000L);
  }

}
