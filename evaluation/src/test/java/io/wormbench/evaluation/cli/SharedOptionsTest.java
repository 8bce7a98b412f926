package io.wormbench.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wormbench.evaluation.TestScenarios;
import io.wormbench.traffic.codec.EventFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The mixins keep every option name the commands had, and --format completes to formats. */
class SharedOptionsTest {
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = WormbenchCommand.commandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static CommandLine sub(String name) {
    return WormbenchCommand.commandLine().getSubcommands().get(name);
  }

  @Test
  void runAndBenchmark_keepTheirOptionNames() {
    assertThat(sub("run").getCommandSpec().optionsMap().keySet())
        .contains("--seed", "--seeds", "--threads", "--out");
    assertThat(sub("benchmark").getCommandSpec().optionsMap().keySet())
        .contains("--seeds", "--threads", "--out", "--full");
  }

  @Test
  void formatOptions_completeToEveryEventFormat() {
    List<String> ids = Arrays.stream(EventFormat.values()).map(EventFormat::id).toList();
    OptionSpec detect = sub("detect").getCommandSpec().findOption("--format");
    assertThat(candidates(detect)).containsExactlyElementsOf(ids);
    OptionSpec simulate = sub("simulate").getCommandSpec().findOption("--format");
    assertThat(candidates(simulate)).containsAll(ids).contains("none");
  }

  @Test
  void seedAndSeedsTogether_oneLine_exitTwo() {
    assertThat(run("run", TestScenarios.file("tiny-incident").toString(), "--seed", "1",
        "--seeds", "2")).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("give --seed or --seeds, not both");
  }

  @Test
  void negativeThreads_namedInOneLine_exitTwo() {
    assertThat(run("benchmark", "--threads", "-1", "--seeds", "1", "nope.yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be >= 1, not -1");
  }

  private static List<String> candidates(OptionSpec o) {
    List<String> out = new ArrayList<>();
    o.completionCandidates().forEach(out::add);
    return out;
  }
}
