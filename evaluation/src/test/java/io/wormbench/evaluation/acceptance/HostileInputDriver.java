package io.wormbench.evaluation.acceptance;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.evaluation.cli.HostileFiles;
import io.wormbench.evaluation.cli.KilledRun;
import io.wormbench.evaluation.cli.WormbenchCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Test-side driver for the hostile-input feature: writes a damaged input by name into a
 * scratch folder and runs the command line on it as a researcher would.
 */
public final class HostileInputDriver {
  /** What the command line printed and returned. */
  public record Result(int code, String out, String err) {}

  private static final String ZEEK_JSON_ROW = "{\"_path\":\"conn\",\"ts\":TS,\"uid\":\"C1\","
      + "\"id.orig_h\":\"10.20.0.17\",\"id.orig_p\":1,\"id.resp_h\":\"10.10.0.1\","
      + "\"id.resp_p\":53,\"proto\":\"udp\",\"conn_state\":\"SF\"}\n";

  private final Path dir;
  private Path input;
  private Path runFolder;
  private byte[] metrics;
  private String runJson;

  public HostileInputDriver() {
    try {
      dir = Files.createTempDirectory("wormbench-hostile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the damaged capture or log {@code damage} names. */
  public void damaged(String damage) {
    String zeek = HostileFiles.ZEEK_HEADER + "1772380815.718066" + HostileFiles.ZEEK_ROW;
    Map<String, Runnable> inputs = Map.of(
        "a pcapng interface whose if_tsresol is 10^-70",
        () -> bytes("capture.pcapng", HostileFiles.pcapng(70, 1_000_000L)),
        "a Zeek conn.log row whose ts is 1e100000000",
        () -> text("zeek/conn.log", zeek + "1e100000000" + HostileFiles.ZEEK_ROW),
        "a Zeek conn.log row whose ts is in the year +999999",
        () -> text("zeek/conn.log", zeek + "+999999-01-01T00:00:00Z" + HostileFiles.ZEEK_ROW),
        "a Zeek conn.log row whose ts is before 1970",
        () -> text("zeek/conn.log", zeek + "-1.5" + HostileFiles.ZEEK_ROW),
        "a Zeek JSON conn.log row whose ts is 1e999999999",
        () -> text("zeek/conn.log", ZEEK_JSON_ROW.replace("TS", "1772380815.718066")
            + ZEEK_JSON_ROW.replace("TS", "1e999999999")),
        "a JSON-lines event with a duplicate key",
        () -> text("events.jsonl", HostileFiles.CONN + "\n" + HostileFiles.CONN.replace(
            "\"uid\":\"C1\",", "\"uid\":\"C2\",\"uid\":\"C3\",") + "\n"),
        "a JSON-lines event with a newline in a field name",
        () -> text("events.jsonl", HostileFiles.CONN.replace("\"service\"",
            "\"a\\nb\":1,\"service\"") + "\n"));
    write(inputs, damage);
  }

  /** Writes the damaged scenario {@code damage} names, from the tiny-incident scenario. */
  public void damagedScenario(String damage) {
    String tiny;
    try {
      tiny = Files.readString(TestScenarios.file("tiny-incident"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Runnable> inputs = Map.of(
        "an empty file", () -> text("scenario.yaml", ""),
        "a YAML alias", () -> text("scenario.yaml", tiny.replace("name: tiny-incident",
            "name: &who tiny-incident").replaceFirst("description: .*", "description: *who")),
        "an attack starting in 1e20 days", () -> text("scenario.yaml", tiny.replace(
            "    start: 1h\n", "    start: 100000000000000000000d\n")),
        "two billion admins", () -> text("scenario.yaml", tiny.replace(
            "  profile: small-office\n",
            "  profile: small-office\n  users: {admins: 2000000000}\n")));
    write(inputs, damage);
  }

  private void write(Map<String, Runnable> inputs, String damage) {
    Runnable w = inputs.get(damage);
    if (w == null) {
      throw new IllegalArgumentException("no such damage: " + damage + " (known: "
          + inputs.keySet() + ")");
    }
    w.run();
  }

  private void text(String name, String text) {
    bytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private void bytes(String name, byte[] data) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.write(p, data);
      input = name.contains("/") ? p.getParent() : p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code wormbench detect <input> --out <scratch>}. */
  public Result detect() {
    return cli("detect", input.toString(), "--out", dir.resolve("detected").toString());
  }

  /** {@code wormbench run <scenario> --seed 1 --out <scratch>}. */
  public Result runScenario() {
    return cli("run", input.toString(), "--seed", "1", "--out", dir.resolve("run").toString());
  }

  /** A complete run of {@code scenario} with {@code seed}, in a child JVM. */
  public void completeRun(String scenario, long seed) {
    runFolder = dir.resolve("kill-run");
    KilledRun.Outcome o = KilledRun.complete(TestScenarios.file(scenario), seed, runFolder);
    if (o.exitCode() != 0) {
      throw new IllegalStateException("run failed: " + o.output());
    }
    try {
      metrics = Files.readAllBytes(runFolder.resolve("metrics.csv"));
      runJson = Files.readString(runFolder.resolve("run.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code scenario} with {@code seed} into the same folder, killed at metrics.json. */
  public boolean killedRun(String scenario, long seed) {
    return KilledRun.killAt(TestScenarios.file(scenario), seed, runFolder,
        KilledRun.Point.METRICS_WRITTEN).killed();
  }

  /** True when the folder is still the first run's, byte for byte, and both commands read it. */
  public boolean previousRunIntact() throws IOException {
    return java.util.Arrays.equals(Files.readAllBytes(runFolder.resolve("metrics.csv")), metrics)
        && Files.readString(runFolder.resolve("run.json")).equals(runJson)
        && cli("report", runFolder.toString()).code() == 0
        && cli("compare", runFolder.toString(), runFolder.toString()).code() == 0;
  }

  static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Result(cl.execute(args), out.toString(), err.toString());
  }
}
