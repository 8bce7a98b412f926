package io.wormbench.evaluation.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Area under a precision-recall curve computed as average precision: the sum over operating
 * points of (recall gain) x (precision there), i.e. step interpolation. Trapezoids between PR
 * points overstate the area because precision is not linear in recall (Davis and Goadrich,
 * "The Relationship Between Precision-Recall and ROC Curves", ICML 2006); this is the estimator
 * scikit-learn's {@code average_precision_score} uses.
 */
public final class PrArea {
  private PrArea() {}

  /** One operating point of a threshold sweep. */
  public record Point(double threshold, double precision, double recall) {
    public Point {
      if (!(precision >= 0 && precision <= 1) || !(recall >= 0 && recall <= 1)) {
        throw new IllegalArgumentException(
            "precision and recall must be in [0,1]: " + precision + ", " + recall);
      }
    }
  }

  /** Average precision of the points, in [0, 1]; 0 for no points. */
  public static double averagePrecision(List<Point> points) {
    List<Point> sorted = sortedByRecall(points);
    double area = 0;
    double lastRecall = 0;
    for (Point p : sorted) {
      area += (p.recall() - lastRecall) * p.precision();
      lastRecall = p.recall();
    }
    return area;
  }

  /**
   * Points by ascending recall; at equal recall the highest precision wins, since a detector
   * operator would pick that threshold.
   */
  public static List<Point> sortedByRecall(List<Point> points) {
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingDouble(Point::recall)
        .thenComparing(Comparator.comparingDouble(Point::precision).reversed())
        .thenComparingDouble(Point::threshold));
    List<Point> out = new ArrayList<>();
    for (Point p : sorted) {
      if (out.isEmpty() || out.get(out.size() - 1).recall() != p.recall()) {
        out.add(p);
      }
    }
    return out;
  }
}
