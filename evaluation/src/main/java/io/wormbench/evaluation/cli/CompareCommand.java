package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.scoring.Metrics;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench compare A B}: two run folders side by side, primary metrics per detector,
 * read from their metrics.csv; a difference is marked "*" when the two 95% intervals do not
 * overlap.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Set two runs side by side: primary metrics per detector from each run "
        + "folder's metrics.csv.")
final class CompareCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "First run folder.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "Second run folder.")
  Path b;

  private record Row(String mean, String low, String high) {}

  @Override
  public Integer call() {
    Map<String, Row> left = read(a);
    Map<String, Row> right = read(b);
    Set<String> detectors = new LinkedHashSet<>();
    for (String key : left.keySet()) {
      String d = key.substring(0, key.indexOf('|'));
      if (right.keySet().stream().anyMatch(k -> k.startsWith(d + "|"))) {
        detectors.add(d);
      }
    }
    var out = spec.commandLine().getOut();
    String fmt = "%-24s %-26s %12s %12s %12s%n";
    out.printf(Locale.ROOT, fmt, "detector", "metric", "A", "B", "B - A");
    for (String d : detectors) {
      for (String m : Metrics.PRIMARY) {
        Row x = left.get(d + "|" + m);
        Row y = right.get(d + "|" + m);
        if (x == null || y == null) {
          continue;
        }
        out.printf(Locale.ROOT, fmt, d, m, x.mean().isEmpty() ? "-" : x.mean(),
            y.mean().isEmpty() ? "-" : y.mean(), delta(x, y));
      }
    }
    out.printf("A = %s, B = %s; * = 95%% intervals do not overlap%n", a, b);
    return 0;
  }

  private static String delta(Row x, Row y) {
    if (x.mean().isEmpty() || y.mean().isEmpty()) {
      return "-";
    }
    double d = Double.parseDouble(y.mean()) - Double.parseDouble(x.mean());
    boolean apart = !x.low().isEmpty() && !y.low().isEmpty()
        && (Double.parseDouble(y.low()) > Double.parseDouble(x.high())
            || Double.parseDouble(x.low()) > Double.parseDouble(y.high()));
    return String.format(Locale.ROOT, "%+.3f%s", d, apart ? "*" : "");
  }

  private static Map<String, Row> read(Path dir) {
    StagedFolder.incomplete(dir).ifPresent(m -> {
      throw new BadInputException(m);
    });
    Path file = dir.resolve("metrics.csv");
    Map<String, Row> out = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(r)) {
        out.put(rec.get("detector") + "|" + rec.get("metric"),
            new Row(rec.get("mean"), rec.get("ci95Low"), rec.get("ci95High")));
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(dir + ": not a run folder (no metrics.csv)");
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new BadInputException(file + ": not a wormbench metrics.csv: " + e.getMessage());
    }
    return out;
  }
}
