package io.wormbench.evaluation.report.chart;

import io.wormbench.evaluation.report.RunData;
import java.util.List;
import java.util.function.Function;

/**
 * Every chart a report draws, in report order; a new chart is one line here plus its class. A
 * chart whose data file is absent or empty draws nothing and the report says so.
 */
public enum ChartKind {
  PRECISION_RECALL(d -> PrecisionRecallChart.build(d).stream().toList()),
  TTD_CDF(d -> TtdCdfChart.build(d).stream().toList()),
  TIMELINE(d -> TimelineChart.build(d).stream().toList()),
  STAGE_HEATMAP(d -> StageHeatmapChart.build(d).stream().toList()),
  PR_CURVES(d -> PrCurveChart.build(d).stream().toList()),
  SWEEP(SweepCharts::build),
  FALSE_ALARMS(d -> FalseAlarmChart.build(d).stream().toList());

  private final Function<RunData, List<ReportChart>> builder;

  ChartKind(Function<RunData, List<ReportChart>> builder) {
    this.builder = builder;
  }

  /** The charts of this kind for the run, possibly none. */
  public List<ReportChart> build(RunData data) {
    return builder.apply(data);
  }
}
