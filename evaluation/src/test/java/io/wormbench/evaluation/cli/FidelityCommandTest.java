package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FidelityCommandTest {
  @TempDir
  static Path shared;
  static Path sim;

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @BeforeAll
  static void simulate() {
    sim = shared.resolve("sim");
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("simulate", TestScenarios.file("tiny-incident").toString(), "--out",
        sim.toString(), "--seed", "2", "--format", "zeek")).isZero();
  }

  /** The CSV without its run column, to compare runs under different names. */
  private static List<String> valuesOf(Path csv) throws Exception {
    return Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
        .map(l -> l.replaceFirst("^([^,]*,[^,]*),[^,]*,", "$1,RUN,")).toList();
  }

  @Test
  void runFolder_writesTheScorecardIntoIt_andAgreesWithTheScenarioSimulatedOnTheFly()
      throws Exception {
    Path folder = tmp.resolve("run");
    copy(sim, folder);
    assertThat(run("fidelity", folder.toString())).as(err.toString()).isZero();
    for (String f : List.of("fidelity.json", "fidelity.csv", "fidelity.png",
        "fidelity-auc.png")) {
      assertThat(folder.resolve(f)).as(f).isNotEmptyFile();
    }
    assertThat(out.toString()).contains("verdict", "tcp.failed_share", "artefact.auc.duration",
        " pass, ");
    Path fly = tmp.resolve("fly");
    assertThat(run("fidelity", TestScenarios.file("tiny-incident").toString(), "--seed", "2",
        "--out", fly.toString())).as(err.toString()).isZero();
    // The Zeek logs on disk and the simulator's stream give the same figures.
    assertThat(valuesOf(folder.resolve("fidelity.csv")))
        .isEqualTo(valuesOf(fly.resolve("fidelity.csv")));
  }

  @Test
  void zeekFolderWithoutTruth_guessesRoles_andSkipsTheArtefactCheck() throws Exception {
    Path o = tmp.resolve("o");
    assertThat(run("fidelity", sim.resolve("zeek").toString(), "--out", o.toString()))
        .as(err.toString()).isZero();
    String json = Files.readString(o.resolve("fidelity.json"));
    assertThat(json).contains("\"roles\": \"heuristic").doesNotContain("artefact.auc.");
    assertThat(o.resolve("fidelity-auc.png")).doesNotExist();
  }

  @Test
  void sameInput_givesByteIdenticalFiles() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    String scenario = TestScenarios.file("tiny-incident").toString();
    assertThat(run("fidelity", scenario, "--seeds", "2", "--out", a.toString())).isZero();
    assertThat(run("fidelity", scenario, "--seeds", "2", "--out", b.toString())).isZero();
    for (String f : List.of("fidelity.json", "fidelity.csv")) {
      assertThat(Files.readString(a.resolve(f)).replace(a.toString(), ""))
          .isEqualTo(Files.readString(b.resolve(f)).replace(b.toString(), ""));
    }
    assertThat(Files.readString(a.resolve("fidelity.csv"))).contains("tiny-incident seed 1",
        "tiny-incident seed 2");
  }

  @Test
  void strict_exitsOneOnAFailedRange_andZeroWhenNothingFails() throws Exception {
    Path unreachable = tmp.resolve("unreachable.yaml");
    Files.writeString(unreachable, "statistics:\n  conns.per_host_day.all: {low: 1e12, "
        + "source: test}\n");
    Path lenient = tmp.resolve("lenient.yaml");
    Files.writeString(lenient, "statistics:\n  conns.per_host_day.all: {low: 0, source: test}\n");
    String scenario = TestScenarios.file("tiny-incident").toString();
    assertThat(run("fidelity", scenario, "--reference", unreachable.toString(), "--out",
        tmp.resolve("u").toString())).isZero();
    assertThat(run("fidelity", scenario, "--reference", unreachable.toString(), "--strict",
        "--out", tmp.resolve("s").toString())).isEqualTo(1);
    assertThat(run("fidelity", scenario, "--reference", lenient.toString(), "--strict",
        "--out", tmp.resolve("l").toString())).isZero();
    assertThat(out.toString()).contains("reference: " + lenient);
  }

  @Test
  void badReferenceFile_oneLineNamingFileFieldAndLine_exitTwo() throws Exception {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "statistics:\n  share.ldap:\n    low: lots\n    source: x\n");
    assertThat(run("fidelity", sim.toString(), "--reference", bad.toString(), "--out",
        tmp.resolve("x").toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .isEqualTo("wormbench: " + bad + ": statistics.share.ldap.low: must be a number, not "
            + "'lots' (line 3)");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void trainOnOneRunTestOnAnother_addsTheTreeRow() throws Exception {
    Path o = tmp.resolve("tree");
    String scenario = TestScenarios.file("tiny-incident").toString();
    assertThat(run("fidelity", "--train", scenario, "--train-seed", "1", "--test",
        sim.toString(), "--out", o.toString())).as(err.toString()).isZero();
    String json = Files.readString(o.resolve("fidelity.json"));
    assertThat(json).contains("\"tree\": {", "\"train\": \"tiny-incident seed 1\"",
        "\"test\": \"sim\"", "artefact.tree_auc");
    assertThat(out.toString()).contains("tree (tiny-incident seed 1 -> sim):");
  }

  @Test
  void badArguments_oneLineExitTwo() {
    assertThat(run("fidelity", tmp.resolve("nothing").toString())).isEqualTo(2);
    assertThat(run("fidelity", "--train", sim.toString())).isEqualTo(2);
    assertThat(run("fidelity", sim.toString(), "--time-zone", "Mars/Olympus")).isEqualTo(2);
    assertThat(run("fidelity", sim.toString(), "--seeds", "3")).isEqualTo(2);
    assertThat(run("fidelity", "--train", sim.resolve("zeek").toString(), "--test",
        sim.toString(), "--out", tmp.resolve("t").toString())).isEqualTo(2);
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("wormbench: "));
    assertThat(lines.get(4)).contains("no truth.json");
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var all = Files.walk(from)) {
      for (Path p : all.sorted().collect(Collectors.toList())) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else {
          Files.copy(p, q);
        }
      }
    }
  }
}
