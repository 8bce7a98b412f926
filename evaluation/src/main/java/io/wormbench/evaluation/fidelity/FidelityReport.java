package io.wormbench.evaluation.fidelity;

import io.wormbench.evaluation.fidelity.ReferenceRange.Verdict;
import io.wormbench.evaluation.fidelity.artefact.ConnFields;
import io.wormbench.evaluation.fidelity.artefact.TreeCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scorecard: one or more measured runs set beside a reference, plus the cross-run tree check
 * when one was asked for. {@link #rows()} is the one list the table, the CSV, the JSON and the
 * chart are all written from.
 */
public record FidelityReport(Reference reference, List<FidelityRun> runs,
    Optional<TreeCheck> tree) {
  /** Id prefix of the single-field artefact rows. */
  public static final String AUC_PREFIX = "artefact.auc.";
  /** Id of the tree row. */
  public static final String TREE_ID = "artefact.tree_auc";

  public FidelityReport {
    runs = List.copyOf(runs);
  }

  /**
   * One line of the scorecard: a statistic, its values per run (NaN where not measured) and the
   * verdict over all runs (fail if any run fails; pass if every measured run passes).
   */
  public record Row(String id, String unit, String what, ReferenceRange range,
      List<Double> values, Verdict verdict) {
    public Row {
      values = List.copyOf(values);
    }
  }

  /** Every row: the statistics in registry order, then the artefact fields, then the tree. */
  public List<Row> rows() {
    List<Row> out = new ArrayList<>();
    ReferenceRange none = new ReferenceRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        "", "", "");
    for (Statistic s : FidelityStatistics.all()) {
      ReferenceRange r = reference.range(s.id()).orElse(none);
      List<Double> v = runs.stream().map(x -> x.values().get(s.id())).toList();
      out.add(new Row(s.id(), s.unit(), s.what(), r, v, verdict(r, v)));
    }
    if (runs.stream().anyMatch(x -> x.artefacts().isPresent())) {
      for (String f : ConnFields.names()) {
        ReferenceRange r = reference.aucExempt().contains(f)
            ? new ReferenceRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                reference.fieldAuc().source(), "exempt: " + reference.fieldAuc().figure(),
                reference.fieldAuc().caveat())
            : reference.fieldAuc();
        List<Double> v = runs.stream().map(x -> x.artefacts()
            .map(a -> a.fieldAuc().getOrDefault(f, Double.NaN)).orElse(Double.NaN)).toList();
        out.add(new Row(AUC_PREFIX + f, "AUC", "ROC AUC of this field alone, attack against "
            + "benign connections", r, v, verdict(r, v)));
      }
    }
    tree.ifPresent(t -> {
      List<Double> v = List.of(t.auc());
      out.add(new Row(TREE_ID, "AUC", "depth-3 tree trained on " + t.train() + ", tested on "
          + t.test() + " (without " + excludedText(t) + ")", reference.treeAuc(), v,
          verdict(reference.treeAuc(), v)));
    });
    return out;
  }

  private static String excludedText(TreeCheck t) {
    List<String> out = new ArrayList<>(ConnFields.names());
    out.removeAll(t.features());
    return out.isEmpty() ? "nothing" : String.join(", ", out);
  }

  static Verdict verdict(ReferenceRange r, List<Double> values) {
    if (!r.gated()) {
      return Verdict.INFO;
    }
    boolean any = false;
    for (double v : values) {
      Verdict x = r.judge(v);
      if (x == Verdict.FAIL) {
        return Verdict.FAIL;
      }
      any |= x == Verdict.PASS;
    }
    return any ? Verdict.PASS : Verdict.NOT_MEASURED;
  }

  /** Rows with the given verdict. */
  public long count(Verdict v) {
    return rows().stream().filter(r -> r.verdict() == v).count();
  }
}
