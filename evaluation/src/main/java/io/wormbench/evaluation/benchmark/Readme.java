package io.wormbench.evaluation.benchmark;

import java.util.List;

/**
 * The benchmark folder's README.md: the {@link Headline} table in GitHub-flavoured Markdown,
 * the command that regenerates it, the seeds and the version, how to read the figures (misses
 * are misses), and links to every scenario's report. Text only from the run folders and the
 * command, never the clock, so regenerating with the same seeds gives the same bytes.
 */
public final class Readme {
  private Readme() {}

  /**
   * The README text.
   *
   * @param storageNote one sentence on what the per-scenario folders keep (compact or full)
   */
  public static String markdown(List<ScenarioResult> results, String command, String storageNote) {
    StringBuilder b = new StringBuilder();
    b.append("# Wormbench benchmark: the built-in detectors on the scenario catalogue\n\n");
    b.append("Regenerate this folder (summary files byte for byte) with:\n\n```\n")
        .append(command).append("\n```\n\n");
    b.append("- Version: ").append(Headline.version(results)).append('\n');
    b.append("- Seeds: ").append(Headline.seedText(Headline.seeds(results))).append('\n');
    b.append("- Scenarios: ").append(results.size())
        .append(", each run as written in its YAML file (duration, network, attacks)\n\n");
    b.append("## Headline\n\n");
    List<String> header = Headline.header(results);
    b.append(row(header));
    b.append('|').append(" --- |".repeat(header.size())).append('\n');
    for (List<String> r : Headline.rows(results)) {
      b.append(row(r));
    }
    b.append('\n');
    b.append("""
        Attack scenarios: host recall / median time-to-detect per infected host, in simulated \
        time, means over the seeds. Attack-free scenarios: false alarms per 1,000 host-days \
        / per day (alerts outside the learning period on a network with no infected host), \
        means over the seeds. `all-detectors` pools every detector's alerts.

        Misses are misses: an infected host that no true alert caught counts against recall \
        and is never averaged into time-to-detect as zero; a median TTD of \u2013 means the \
        detector caught no host. Scores follow evaluation/SCORING.md; the 95% confidence \
        intervals of every figure, with host precision, alert precision and false alarms per \
        day, are in `summary.csv` and `summary.json`, and each scenario's report has the \
        charts.

        """);
    b.append("## Scenarios\n\n");
    for (ScenarioResult s : results) {
      b.append("- [").append(md(s.name())).append("](").append(s.folder())
          .append("/index.html)");
      if (!s.description().isBlank()) {
        b.append(": ").append(md(s.description().strip().replaceAll("\\s+", " ")));
      }
      b.append(" (seeds ").append(Headline.seedText(s.seeds())).append(")\n");
    }
    b.append("\n## Files\n\n");
    b.append("- `summary.csv`, `summary.json`: detector x scenario, every metric with its 95% "
        + "CI over the seeds, read back from each folder's `metrics.json`.\n");
    b.append("- `index.html`: this table with links to the scenario reports.\n");
    b.append("- `<scenario>/`: a run folder (evaluation/SCHEMA.md) with its `index.html`. ")
        .append(storageNote).append('\n');
    return b.toString();
  }

  private static String row(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(md(c)).append(" |");
    }
    return b.append('\n').toString();
  }

  /** Escapes the Markdown that could break a table cell or a link text. */
  static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")
        .replace("<", "&lt;").replace("\n", " ");
  }
}
