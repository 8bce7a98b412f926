package io.wormbench.evaluation.benchmark;

import io.wormbench.evaluation.report.html.Html;
import java.util.List;

/**
 * The benchmark folder's index.html: the {@link Headline} table linking each scenario's own
 * report. Self-contained (inline CSS in the run report's style, no script, no remote
 * resource), every piece of text escaped by {@link Html}.
 */
public final class IndexPage {
  private static final String CSS = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
        color:#1b1f24;background:#f6f7f9;margin:0}
      main{max-width:1180px;margin:0 auto;padding:24px 28px 60px;background:#fff}
      h1{margin:0 0 4px;font-size:28px}
      h2{border-bottom:2px solid #0b5cad;padding-bottom:4px;margin-top:34px}
      .meta,.note{color:#5b6470;font-size:13px}
      a{color:#0b5cad}
      table{border-collapse:collapse;margin:10px 0;font-size:13.5px}
      th,td{border:1px solid #dde1e6;padding:4px 8px;text-align:left;vertical-align:top}
      thead th{background:#eef1f4}
      tbody th{font-weight:600;background:#fafbfc}
      td{font-variant-numeric:tabular-nums}
      pre{background:#f0f2f5;padding:10px;overflow-x:auto}
      """;

  private IndexPage() {}

  /** The page. */
  public static String html(List<ScenarioResult> results, String command) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .el("title", "Wormbench benchmark").raw("<style>").raw(CSS).raw("</style></head>\n")
        .raw("<body><main>\n").el("h1", "Wormbench benchmark")
        .raw("<p class=\"meta\">").text("Version " + Headline.version(results) + " \u00b7 seeds "
            + Headline.seedText(Headline.seeds(results)) + " \u00b7 " + results.size()
            + " scenario(s)").raw("</p>\n");
    h.el("h2", "Headline").raw("<table><thead><tr><th scope=\"col\">Detector</th>");
    List<String> header = Headline.header(results);
    for (int i = 0; i < results.size(); i++) {
      h.raw("<th scope=\"col\"><a href=\"").text(results.get(i).folder() + "/index.html")
          .raw("\">").text(header.get(i + 1)).raw("</a></th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (List<String> row : Headline.rows(results)) {
      h.row(false, row.toArray(String[]::new));
    }
    h.raw("</tbody></table>\n");
    h.raw("<p class=\"note\">").text("Attack scenarios: host recall / median time-to-detect "
        + "(simulated time), means over the seeds. Attack-free scenarios: false alarms per "
        + "1,000 host-days / per day. Misses are misses: an undetected host counts against recall and is "
        + "never averaged into time-to-detect as zero; \u2013 means undefined. 95% confidence "
        + "intervals and the other metrics are in summary.csv and summary.json.").raw("</p>\n");
    h.el("h2", "Scenario reports").raw("<ul>\n");
    for (ScenarioResult s : results) {
      h.raw("<li><a href=\"").text(s.folder() + "/index.html").raw("\">").text(s.name())
          .raw("</a>");
      if (!s.description().isBlank()) {
        h.text(": " + s.description().strip());
      }
      h.raw("</li>\n");
    }
    h.raw("</ul>\n");
    h.el("h2", "Reproduce").raw("<pre>").text(command).raw("</pre>\n");
    h.raw("<p class=\"note\"><a href=\"summary.csv\">summary.csv</a> \u00b7 "
        + "<a href=\"summary.json\">summary.json</a> \u00b7 <a href=\"README.md\">README.md</a>"
        + "</p>\n</main></body></html>\n");
    return h.toString();
  }
}
