package io.wormbench.evaluation.report.html;

import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.Host;
import io.wormbench.evaluation.report.RunData.Incident;
import io.wormbench.evaluation.report.chart.ChartFiles;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The self-contained index.html of a run: inline CSS, charts embedded as base64 PNG data URIs
 * (with links to the SVG files beside it), no script and no external resource, so it reads
 * offline and can be mailed as one file. Misses are listed explicitly, never hidden.
 */
public final class HtmlReport {
  private static final int MAX_ALERT_ROWS = 100;

  private HtmlReport() {}

  /** The page for {@code d} with the given charts, in order. */
  public static String render(RunData d, List<ChartFiles.Written> charts,
      List<String> presentFiles) {
    return render(d, charts, presentFiles, "");
  }

  /** As above, with extra sections (HTML, e.g. {@link FidelitySection}) before Reproduce. */
  public static String render(RunData d, List<ChartFiles.Written> charts,
      List<String> presentFiles, String extraSections) {
    Html h = new Html();
    String name = d.scenario().name().isEmpty() ? "Wormbench run" : d.scenario().name();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .el("title", "Wormbench report: " + name).raw("\n<style>\n").raw(Style.CSS)
        .raw("</style>\n</head>\n<body>\n<main>\n");
    h.raw("<header>").el("h1", name);
    h.el("p class=\"description\"", d.scenario().description().isEmpty()
        ? "(no description recorded in run.json)" : d.scenario().description());
    h.raw("<p class=\"meta\">").text(seedText(d) + " \u00b7 simulated "
        + Fmt.time(d.scenario().start()) + " to " + Fmt.time(d.scenario().end()))
        .raw("</p></header>\n");
    toc(h, d);
    network(h, d);
    Sections.detectors(h, d);
    h.raw("<section id=\"charts\">").el("h2", "Charts");
    for (ChartFiles.Written w : charts) {
      h.raw("<figure id=\"chart-" + w.chart().id() + "\">").el("h3", w.chart().title())
          .raw("<img alt=\"").text(w.chart().title()).raw("\" src=\"data:image/png;base64,")
          .raw(Base64.getEncoder().encodeToString(w.png())).raw("\">")
          .raw("<figcaption>").text(w.chart().caption()).raw(" <a href=\"" + w.chart().id()
              + ".svg\">SVG</a> \u00b7 <a href=\"" + w.chart().id() + ".png\">PNG</a>")
          .raw("</figcaption></figure>\n");
    }
    if (charts.isEmpty()) {
      h.el("p", "No chart could be drawn: the run folder holds no chart data.");
    }
    h.raw("</section>\n");
    Sections.sweep(h, d);
    Sections.coverage(h, d);
    Sections.falseAlarms(h, d);
    incidents(h, d);
    Sections.misses(h, d);
    Sections.alerts(h, d, MAX_ALERT_ROWS);
    h.raw(extraSections);
    reproduce(h, d, presentFiles);
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String seedText(RunData d) {
    List<Long> seeds = d.reproduce().seeds();
    if (seeds.isEmpty()) {
      return "seeds not recorded";
    }
    return seeds.size() == 1 ? "seed " + seeds.get(0) : seeds.size() + " seeds";
  }

  private static void toc(Html h, RunData d) {
    h.raw("<nav><a href=\"#network\">Network</a> <a href=\"#detectors\">Detectors</a> "
        + "<a href=\"#charts\">Charts</a> "
        + (d.sweep().isEmpty() ? "" : "<a href=\"#sweep\">Sweep</a> ")
        + "<a href=\"#coverage\">Stage coverage</a> "
        + "<a href=\"#false-alarms\">False alarms</a> <a href=\"#incidents\">Incidents</a> "
        + "<a href=\"#misses\">Misses</a> <a href=\"#alerts\">Alerts</a> "
        + "<a href=\"#reproduce\">Reproduce</a></nav>\n");
  }

  private static void network(Html h, RunData d) {
    h.raw("<section id=\"network\">").el("h2", "Network");
    if (d.hosts().isEmpty()) {
      h.el("p", "truth.json lists no hosts.").raw("</section>\n");
      return;
    }
    Map<String, List<Host>> byRole = new TreeMap<>();
    d.hosts().forEach(x -> byRole.computeIfAbsent(x.role(), k -> new ArrayList<>()).add(x));
    long infected = d.timelines().stream().filter(t -> t.infectedAt() != Long.MAX_VALUE).count();
    h.el("p", Fmt.count(d.hosts().size()) + " hosts; " + Fmt.count(infected)
        + " infected in the charted seed.");
    h.raw("<table><thead>").row(true, "role", "hosts", "names").raw("</thead><tbody>\n");
    for (Map.Entry<String, List<Host>> e : byRole.entrySet()) {
      String names = e.getValue().stream().limit(12)
          .map(x -> (x.name().isEmpty() ? "" : x.name() + " ") + x.address())
          .collect(Collectors.joining(", "));
      if (e.getValue().size() > 12) {
        names += ", \u2026 " + (e.getValue().size() - 12) + " more";
      }
      h.row(false, e.getKey(), Fmt.count(e.getValue().size()), names);
    }
    h.raw("</tbody></table></section>\n");
  }

  private static void incidents(Html h, RunData d) {
    h.raw("<section id=\"incidents\">").el("h2", "Incidents");
    if (d.incidents().isEmpty()) {
      h.el("p", "No incident: the correlator grouped no alerts (or incidents.json is absent).");
    } else {
      h.raw("<table><thead>").row(true, "incident", "start", "end", "hosts", "detectors",
          "alerts", "summary").raw("</thead><tbody>\n");
      for (Incident i : d.incidents()) {
        h.row(false, i.id(), Fmt.time(i.start()), Fmt.time(i.end()), String.join(", ", i.hosts()),
            String.join(", ", i.detectors()), Fmt.count(i.alerts()), i.summary());
      }
      h.raw("</tbody></table>");
    }
    h.raw("</section>\n");
  }

  private static void reproduce(Html h, RunData d, List<String> files) {
    h.raw("<section id=\"reproduce\">").el("h2", "Reproduce this run");
    String command = d.reproduce().command().isEmpty() ? "(command not recorded in metrics.json)"
        : d.reproduce().command();
    h.raw("<pre><code>").text(command).raw("</code></pre>\n");
    h.raw("<table><tbody>").row(false, "seeds", d.reproduce().seeds().isEmpty() ? Fmt.NONE
        : d.reproduce().seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
        .row(false, "Wormbench version", d.reproduce().version().isEmpty() ? Fmt.NONE
            : d.reproduce().version())
        .raw("</tbody></table>\n");
    h.el("p", "Re-render this page from the saved files with: wormbench report <this folder>. "
        + "Files of this run:");
    h.raw("<ul class=\"files\">");
    for (String f : files) {
      h.raw("<li><a href=\"").text(f).raw("\">").text(f).raw("</a></li>");
    }
    h.raw("</ul></section>\n");
  }
}
