/**
 * Charted reports of a run folder, drawn only from the files the run saved there (the Caffeine
 * simulator's CombinedCsvReport -> PlotCsv split), never from live run objects. Entry point:
 * {@link io.wormbench.evaluation.report.ReportRenderer#render(java.nio.file.Path)}.
 *
 * <p>Inputs, in the formats of evaluation/SCHEMA.md (read by
 * {@link io.wormbench.evaluation.report.input.RunFolder}, the only class that knows them):
 * <ul>
 *   <li>{@code run.json}: scenario, description (optional), seeds, command, version;</li>
 *   <li>{@code metrics.json}: detectors, primary.&lt;detector&gt;.{hostRecall, hostPrecision,
 *       hostF1, alertPrecision, medianTtdSeconds, falseAlarmsPer1000HostDays,
 *       falseAlarmsPerDay} and secondary.&lt;detector&gt;.{alerts, prAuc}, each
 *       {mean, ci95Low, ci95High, perSeed};</li>
 *   <li>{@code truth.json} (TruthJson): start/end, hosts, timelines, steps of the charted
 *       seed;</li>
 *   <li>{@code alerts.csv} (AlertCsv: ts, detector, host, peer, score, technique, evidence),
 *       joined row by row with {@code scored-alerts.csv} (seed, detector, time, host, verdict,
 *       attribution) for the verdicts;</li>
 *   <li>{@code ttd.csv} (seed, detector, host, ttdSeconds), {@code stage-coverage.csv}
 *       (detector, stage, steps, caught, coverage), {@code pr-curve.csv} (detector, threshold,
 *       precision, recall), {@code false-alarms.csv} (detector, attribution, alerts),
 *       {@code sweep.csv} (parameter, value, detector, hostRecall[Low|High],
 *       medianTtdSeconds, medianTtd[Low|High]), {@code incidents.json}.</li>
 * </ul>
 * Outputs beside them: {@code <chart>.png} and {@code <chart>.svg} per chart,
 * {@code chart-data.csv} (every plotted point) and a self-contained {@code index.html}.
 */
package io.wormbench.evaluation.report;
