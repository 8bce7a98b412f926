package io.wormbench.evaluation.cli;

import io.wormbench.evaluation.scoring.Metric;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wormbench compare A B}: two run folders side by side, primary metrics per detector,
 * read from their metrics.csv. Detectors of the same name are matched, and {@code --pair a=b}
 * matches detector {@code a} of A with {@code b} of B (a third-party tool against the built-in
 * detector for its stage, or one tool under two names). A difference is marked "*" when the two
 * 95% intervals do not overlap, and "better" or "worse" by the metric's declared direction.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Set two runs side by side: primary metrics per detector from each run "
        + "folder's metrics.csv. Detectors of the same name are matched; --pair matches "
        + "others.")
final class CompareCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "First run folder.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "Second run folder.")
  Path b;

  @Option(names = "--pair", paramLabel = "A_DETECTOR=B_DETECTOR",
      description = "Compare detector A_DETECTOR of run A with B_DETECTOR of run B "
          + "(repeatable; e.g. --pair iforest=self-learning-anomaly). With --pair, only "
          + "the pairs given are compared.")
  List<String> pairs = new ArrayList<>();

  private record Row(String mean, String low, String high) {}

  /** One comparison: a detector of A against one of B. */
  record Pair(String left, String right) {
    String label() {
      return left.equals(right) ? left : left + " = " + right;
    }
  }

  @Override
  public Integer call() {
    List<Pair> wanted = parsePairs(pairs);
    Map<String, Row> left = read(a);
    Map<String, Row> right = read(b);
    List<Pair> matched = wanted.isEmpty() ? sameNames(left, right) : wanted;
    for (Pair p : wanted) {
      missing(left, p.left(), a);
      missing(right, p.right(), b);
    }
    var out = spec.commandLine().getOut();
    String fmt = "%-32s %-26s %12s %12s %16s%n";
    out.printf(Locale.ROOT, fmt, "detector", "metric", "A", "B", "B - A");
    for (Pair p : matched) {
      for (Metric m : Metric.PRIMARY) {
        Row x = left.get(p.left() + "|" + m.name());
        Row y = right.get(p.right() + "|" + m.name());
        if (x == null || y == null) {
          continue;
        }
        out.printf(Locale.ROOT, fmt, p.label(), m.name(), x.mean().isEmpty() ? "-" : x.mean(),
            y.mean().isEmpty() ? "-" : y.mean(), delta(m, x, y));
      }
    }
    out.printf("A = %s, B = %s; * = 95%% intervals do not overlap; better/worse by each "
        + "metric's direction%n", a, b);
    return 0;
  }

  /** Parses {@code a=b} pairs; one line naming the bad one otherwise. */
  static List<Pair> parsePairs(List<String> given) {
    List<Pair> out = new ArrayList<>();
    for (String p : given) {
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1 || p.indexOf('=', eq + 1) >= 0) {
        throw new BadInputException("--pair '" + p + "': expected A_DETECTOR=B_DETECTOR, "
            + "such as iforest=self-learning-anomaly");
      }
      out.add(new Pair(p.substring(0, eq).strip(), p.substring(eq + 1).strip()));
    }
    return out;
  }

  private static List<Pair> sameNames(Map<String, Row> left, Map<String, Row> right) {
    Set<String> rightNames = detectors(right);
    List<Pair> out = new ArrayList<>();
    for (String d : detectors(left)) {
      if (rightNames.contains(d)) {
        out.add(new Pair(d, d));
      }
    }
    return out;
  }

  private static Set<String> detectors(Map<String, Row> rows) {
    Set<String> out = new LinkedHashSet<>();
    rows.keySet().forEach(k -> out.add(k.substring(0, k.indexOf('|'))));
    return out;
  }

  private static void missing(Map<String, Row> rows, String detector, Path dir) {
    Set<String> names = detectors(rows);
    if (!names.contains(detector)) {
      throw new BadInputException("--pair: " + dir + " has no detector '" + detector
          + "' (it has " + String.join(", ", names) + ")");
    }
  }

  private static String delta(Metric metric, Row x, Row y) {
    if (x.mean().isEmpty() || y.mean().isEmpty()) {
      return "-";
    }
    double d = Double.parseDouble(y.mean()) - Double.parseDouble(x.mean());
    boolean apart = !x.low().isEmpty() && !y.low().isEmpty()
        && (Double.parseDouble(y.low()) > Double.parseDouble(x.high())
            || Double.parseDouble(x.low()) > Double.parseDouble(y.high()));
    int sign = metric.direction().sign(d);
    return String.format(Locale.ROOT, "%+.3f%s%s", d, apart ? "*" : "",
        sign > 0 ? " better" : sign < 0 ? " worse" : "");
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
