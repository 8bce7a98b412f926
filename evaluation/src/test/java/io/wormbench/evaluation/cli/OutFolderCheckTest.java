package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} is checked before anything is simulated (issue 14: a file as --out used to fail
 * only after the whole simulation): a file, a parent that is a file, or a folder Wormbench did
 * not write fail at once with exit 2 and one line, leaving nothing behind; an empty folder and an
 * older run are replaced.
 */
class OutFolderCheckTest {
  @TempDir
  Path tmp;

  private record Result(int code, String out, String err) {}

  private static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Result(cl.execute(args), out.toString(), err.toString());
  }

  private void assertRefusedAtOnce(String problem, String... args) throws IOException {
    List<Path> before;
    try (var s = Files.list(tmp)) {
      before = s.sorted().toList();
    }
    long t0 = System.nanoTime();
    Result r = cli(args);
    double secs = (System.nanoTime() - t0) / 1e9;
    assertThat(r.code).as(r.err).isEqualTo(2);
    assertThat(r.err.strip().lines()).as(r.err).hasSize(1);
    assertThat(r.err).contains("--out").contains(problem);
    assertThat(r.out).as("nothing was simulated").doesNotContain("events");
    assertThat(secs).as("refused before simulating").isLessThan(15);
    try (var s = Files.list(tmp)) {
      assertThat(s.sorted().toList()).as("nothing left behind").isEqualTo(before);
    }
  }

  @Test
  void outIsAFile_everyWritingCommandRefusesAtOnce() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine\n");
    String scenario = TestScenarios.file("tiny-incident").toString();
    assertRefusedAtOnce("is a file", "run", scenario, "--seed", "1", "--out", file.toString());
    assertRefusedAtOnce("is a file", "simulate", scenario, "--out", file.toString());
    assertRefusedAtOnce("is a file", "benchmark", scenario, "--seeds", "1", "--out",
        file.toString());
    assertRefusedAtOnce("is a file", "demo", "--seeds", "1", "--scenario", scenario, "--out",
        file.toString());
    assertThat(Files.readString(file)).isEqualTo("mine\n");
  }

  @Test
  void outUnderAFile_orAForeignFolder_isRefused() throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "mine\n");
    String scenario = TestScenarios.file("tiny-incident").toString();
    assertRefusedAtOnce("cannot create folder", "run", scenario, "--seed", "1", "--out",
        tmp.resolve("notes.txt").resolve("run").toString());
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve("thesis.tex"), "keep me\n");
    assertRefusedAtOnce("did not write", "run", scenario, "--seed", "1", "--out",
        home.toString());
    assertThat(home.resolve("thesis.tex")).hasContent("keep me");
  }

  @Test
  void emptyFolder_isWrittenAndAnOlderRunReplacedWhole() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("sim"));
    String scenario = TestScenarios.file("kill-run").toString();
    Result r = cli("simulate", scenario, "--out", out.toString(), "--format", "none");
    assertThat(r.code).as(r.err).isZero();
    assertThat(out.resolve("truth.json")).exists();
    Files.writeString(out.resolve("stale.csv"), "from an older run\n");
    r = cli("simulate", scenario, "--out", out.toString(), "--format", "jsonl", "--seed", "2");
    assertThat(r.code).as(r.err).isZero();
    assertThat(out.resolve("events.jsonl")).exists();
    assertThat(out.resolve("stale.csv")).as("no file of the older run is mixed in").doesNotExist();
    assertThat(out.resolve(StagedFolder.MARKER)).doesNotExist();
    assertThat(r.out).contains("written to " + out);
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("sim");
    }
  }
}
