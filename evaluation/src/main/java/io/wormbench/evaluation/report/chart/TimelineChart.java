package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.RunData;
import io.wormbench.evaluation.report.RunData.AlertRow;
import io.wormbench.evaluation.report.RunData.Step;
import io.wormbench.evaluation.report.RunData.Timeline;
import io.wormbench.evaluation.report.chart.TimelineLanes.Band;
import io.wormbench.traffic.truth.Stage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The attack timeline of the charted seed: one lane per host (see {@link TimelineLanes}), the
 * attack stages the host carried out as pale bands, its infection as a black diamond, and every
 * alert on it as a marker coloured by detector, so late and missing detections are visible at a
 * glance (the incident-timeline view of SOC tooling).
 */
final class TimelineChart {
  static final int MAX_LANES = 40;
  static final int MAX_CLEAN_LANES = 12;
  /**
   * Pixels per lane, also the y tick spacing hint: XChart then picks a tick step of exactly one
   * lane, and since it widens the step until tick labels are unique, every lane gets its label.
   */
  private static final int LANE_PX = 32;
  /** Every stage gets a band, in kill-chain order (a test checks each has its colour). */
  static final List<String> STAGES = java.util.Arrays.stream(Stage.values()).map(Enum::name)
      .toList();
  static final List<Color> STAGE_COLOURS = List.of(new Color(0xFB, 0xB4, 0xAE),
      new Color(0xB3, 0xCD, 0xE3), new Color(0xCC, 0xEB, 0xC5), new Color(0xDE, 0xCB, 0xE4),
      new Color(0xFE, 0xD9, 0xA6), new Color(0xF7, 0x81, 0xBF), new Color(0xE5, 0xD8, 0xBD));
  private static final double HOUR = 3600e6;
  private static final java.util.Comparator<String> ADDRESS_ORDER =
      java.util.Comparator.comparingLong(TimelineChart::sortKey)
          .thenComparing(java.util.Comparator.naturalOrder());

  private TimelineChart() {}

  static Optional<ReportChart> build(RunData d) {
    Map<Integer, Long> infected = new HashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    // Ids follow address order, so the lanes' tie-break on id is a tie-break on address.
    java.util.TreeSet<String> all = new java.util.TreeSet<>(ADDRESS_ORDER);
    d.timelines().forEach(t -> all.add(t.host()));
    d.alerts().forEach(a -> all.add(a.host()));
    List<String> addresses = new ArrayList<>();
    all.forEach(a -> id(a, ids, addresses));
    for (Timeline t : d.timelines()) {
      if (t.infectedAt() != Long.MAX_VALUE) {
        infected.put(id(t.host(), ids, addresses), t.infectedAt());
      }
    }
    Map<Integer, Long> alerted = new HashMap<>();
    for (AlertRow a : d.alerts()) {
      alerted.merge(id(a.host(), ids, addresses), a.ts(), Math::min);
    }
    if (infected.isEmpty() && alerted.isEmpty()) {
      return Optional.empty();
    }
    TimelineLanes.Layout lanes = TimelineLanes.assign(infected, alerted, MAX_LANES, MAX_CLEAN_LANES);
    long origin = d.scenario().start();
    long last = origin + 1;
    for (Step s : d.steps()) {
      last = Math.max(last, s.end());
    }
    for (AlertRow a : d.alerts()) {
      last = Math.max(last, a.ts());
    }
    last = Math.max(last, d.scenario().end());
    NiceAxis x = NiceAxis.of(0, (last - origin) / HOUR, 8);
    int n = lanes.hosts().size();
    XYChart c = new XYChartBuilder().width(1100).height(Math.max(320, 140 + LANE_PX * (n + 1)))
        .title("Attack timeline").xAxisTitle("hours since scenario start").yAxisTitle("").build();
    ChartStyle.apply(c.getStyler());
    c.getStyler().setXAxisMin(x.low()).setXAxisMax(x.high()).setYAxisMin(-(n - 1) - 0.6)
        .setYAxisMax(0.6).setYAxisTickMarkSpacingHint(LANE_PX).setPlotGridLinesVisible(false)
        .setMarkerSize(9);
    Map<String, String> names = new HashMap<>();
    d.hosts().forEach(h -> names.put(h.address(), h.name().isEmpty() ? h.address()
        : h.name() + " " + h.address()));
    c.getStyler().setyAxisTickLabelsFormattingFunction(v -> {
      long lane = Math.round(-v);
      if (Math.abs(v + lane) > 1e-6 || lane < 0 || lane >= n) {
        // XChart 3.8.8 widens the tick step until all labels differ (and loops forever when
        // they never do), so each off-lane tick gets its own run of zero-width spaces.
        return "\u200B".repeat(1 + (int) Math.round(Math.abs(0.6 - v) * 8));
      }
      String addr = addresses.get(lanes.hosts().get((int) lane));
      String label = names.getOrDefault(addr, addr);
      return (lane < lanes.infectedLanes() ? "" : "(clean) ") + label;
    });
    bands(c, d, lanes, ids, origin, x.high() / 300);
    markers(c, lanes, ids, origin, d);
    String hidden = lanes.hidden() == 0 ? "" : " " + lanes.hidden()
        + " more alerted hosts did not fit; every alert is in alerts.csv.";
    return Optional.of(new ReportChart("timeline", "Attack timeline",
        "One lane per host: infected hosts first, in infection order, then hosts with false "
            + "alarms only. Pale bands: attack stages the host carried out; black diamond: "
            + "infection; coloured markers: alerts, one colour per detector." + hidden, c));
  }

  private static void bands(XYChart c, RunData d, TimelineLanes.Layout lanes,
      Map<String, Integer> ids, long origin, double minWidth) {
    // Mining and the C2 beacon last until quarantine and would cover the short stages: draw
    // them first and thinner, the beacon thinnest so it shows inside the mining band.
    for (int s = STAGES.size() - 1; s >= 0; s--) {
      String stage = STAGES.get(s);
      float width = stage.equals(Stage.MINING.name()) ? 6f
          : stage.equals(Stage.COMMAND_AND_CONTROL.name()) ? 2f : 16f;
      boolean legend = true;
      for (int lane = 0; lane < lanes.hosts().size(); lane++) {
        int host = lanes.hosts().get(lane);
        List<Band> spans = new ArrayList<>();
        for (Step st : d.steps()) {
          if (st.stage().equals(stage) && host == ids.getOrDefault(st.source(), -1)) {
            spans.add(new Band((st.start() - origin) / HOUR, (st.end() - origin) / HOUR));
          }
        }
        List<Band> merged = TimelineLanes.merge(spans, minWidth);
        for (int k = 0; k < merged.size(); k++) {
          Band b = merged.get(k);
          XYSeries series = c.addSeries(stage + "#" + lane + "#" + k,
              new double[] {b.start(), b.end()}, new double[] {-lane, -lane});
          series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
          series.setMarker(SeriesMarkers.NONE);
          series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
          series.setLineColor(STAGE_COLOURS.get(s));
          series.setLabel(stage.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
          series.setShowInLegend(legend);
          legend = false;
        }
      }
    }
  }

  private static void markers(XYChart c, TimelineLanes.Layout lanes, Map<String, Integer> ids,
      long origin, RunData d) {
    List<Double> ix = new ArrayList<>();
    List<Double> iy = new ArrayList<>();
    for (Timeline t : d.timelines()) {
      int lane = lanes.laneOf(ids.getOrDefault(t.host(), -1));
      if (lane >= 0 && t.infectedAt() != Long.MAX_VALUE) {
        ix.add((t.infectedAt() - origin) / HOUR);
        iy.add((double) -lane);
      }
    }
    if (!ix.isEmpty()) {
      scatter(c, "infected", ix, iy, Color.BLACK, SeriesMarkers.DIAMOND);
    }
    List<String> detectors = Detectors.order(d);
    Marker[] shapes = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.TRIANGLE_DOWN};
    for (int i = 0; i < detectors.size(); i++) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      // Spread detectors vertically inside the lane so simultaneous alerts do not hide each other.
      double offset = detectors.size() == 1 ? 0 : 0.3 - 0.6 * i / (detectors.size() - 1);
      for (AlertRow a : d.alerts()) {
        int lane = lanes.laneOf(ids.getOrDefault(a.host(), -1));
        if (lane >= 0 && a.detector().equals(detectors.get(i))) {
          xs.add((a.ts() - origin) / HOUR);
          ys.add(-lane + offset);
        }
      }
      if (!xs.isEmpty()) {
        scatter(c, detectors.get(i), xs, ys, Detectors.colour(d, detectors.get(i)),
            shapes[i % shapes.length]);
      }
    }
  }

  private static void scatter(XYChart c, String name, List<Double> xs, List<Double> ys,
      Color colour, Marker marker) {
    XYSeries s = c.addSeries(name, xs, ys);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    s.setMarker(marker);
    s.setMarkerColor(colour);
  }

  private static int id(String address, Map<String, Integer> ids, List<String> addresses) {
    return ids.computeIfAbsent(address, a -> {
      addresses.add(a);
      return addresses.size() - 1;
    });
  }

  private static long sortKey(String address) {
    try {
      return Integer.toUnsignedLong(io.wormbench.traffic.net.Ipv4.parse(address));
    } catch (RuntimeException notAnAddress) {
      return Long.MAX_VALUE;
    }
  }
}
