package io.wormbench.evaluation.report.chart;

import java.awt.Color;

/**
 * The colour of a heatmap cell holding a share in [0, 1]: a sequential single-hue ramp from
 * near-white to dark blue, linear in sRGB, which stays readable in greyscale and for the common
 * colour-vision deficiencies (Brewer's sequential schemes, ColorBrewer "Blues"). A cell with no
 * data (no step of that stage happened) is a neutral grey, distinct from a 0 share.
 */
public final class HeatScale {
  /** Colour of a cell whose share is undefined. */
  public static final Color NO_DATA = new Color(0xD9, 0xD9, 0xD9);
  private static final Color LOW = new Color(0xF7, 0xFB, 0xFF);
  private static final Color HIGH = new Color(0x08, 0x30, 0x6B);

  private HeatScale() {}

  /** The colour for {@code share}; NaN means no data. Shares outside [0, 1] are rejected. */
  public static Color color(double share) {
    if (Double.isNaN(share)) {
      return NO_DATA;
    }
    if (share < 0 || share > 1) {
      throw new IllegalArgumentException("share must be in [0,1]: " + share);
    }
    return new Color(mix(LOW.getRed(), HIGH.getRed(), share),
        mix(LOW.getGreen(), HIGH.getGreen(), share), mix(LOW.getBlue(), HIGH.getBlue(), share));
  }

  /** Black text on light cells, white on dark, so the printed value stays legible. */
  public static Color textOn(Color background) {
    double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen()
        + 0.0722 * background.getBlue();
    return luminance > 140 ? Color.BLACK : Color.WHITE;
  }

  /** CSS hex of a colour, e.g. {@code #08306b}. */
  public static String hex(Color c) {
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(),
        c.getBlue());
  }

  private static int mix(int a, int b, double t) {
    return (int) Math.round(a + (b - a) * t);
  }
}
