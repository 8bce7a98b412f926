package io.wormbench.evaluation.report.chart;

/**
 * An axis range widened to round tick values, after Heckbert's "nice numbers for graph labels"
 * (Graphics Gems, 1990): the step is 1, 2 or 5 times a power of ten and the range starts and
 * ends on a tick, so charts of different runs share readable, comparable axes.
 *
 * @param low first tick, at or below the data minimum
 * @param high last tick, at or above the data maximum
 * @param step distance between ticks, always positive
 */
public record NiceAxis(double low, double high, double step) {
  public NiceAxis {
    if (!(step > 0) || !(high > low)) {
      throw new IllegalArgumentException("bad axis " + low + ".." + high + " step " + step);
    }
  }

  /** The nice axis covering {@code [min, max]} with about {@code ticks} intervals. */
  public static NiceAxis of(double min, double max, int ticks) {
    if (ticks < 1) {
      throw new IllegalArgumentException("ticks must be >= 1: " + ticks);
    }
    if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
      throw new IllegalArgumentException("bad data range " + min + ".." + max);
    }
    if (max == min) {
      // A single value still needs a visible range; widen by one unit around it.
      double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
      min -= pad;
      max += pad;
      if (min < 0 && min + pad >= 0) {
        min = 0; // keep non-negative data (counts, times) on a non-negative axis
      }
    }
    double step = niceNumber((max - min) / ticks, true);
    double low = Math.floor(min / step) * step;
    double high = Math.ceil(max / step) * step;
    if (high == low) {
      high = low + step;
    }
    return new NiceAxis(clean(low), clean(high), step);
  }

  /** The tick values from low to high inclusive. */
  public double[] ticks() {
    int n = (int) Math.round((high - low) / step);
    double[] out = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      out[i] = clean(low + i * step);
    }
    return out;
  }

  /** 1, 2, 5 or 10 times a power of ten, rounded to nearest or taken as ceiling. */
  static double niceNumber(double x, boolean round) {
    double exp = Math.floor(Math.log10(x));
    double pow = Math.pow(10, exp);
    double f = x / pow;
    double nice;
    if (round) {
      nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    } else {
      nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    }
    return nice * pow;
  }

  /** Removes floating-point dust (0.30000000000000004) so tick labels print cleanly. */
  private static double clean(double v) {
    double r = Math.round(v * 1e9) / 1e9;
    return r == 0 ? 0 : r;
  }
}
