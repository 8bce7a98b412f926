package io.wormbench.evaluation.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look every report chart shares: fixed fonts from the JDK's logical "SansSerif" family
 * (always present headless, mapped by fontconfig), a white background, {@link Locale#ROOT}
 * number formatting, and the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008),
 * which stays distinguishable for the common colour-vision deficiencies. Fixed choices keep the
 * same inputs producing the same pixels.
 */
public final class ChartStyle {
  /**
   * Okabe-Ito's seven colours, then four of Paul Tol's "muted" scheme for larger detector sets;
   * black is kept for the pooled all-detectors series.
   */
  public static final List<Color> PALETTE = List.of(new Color(0xE6, 0x9F, 0x00),
      new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
      new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0xF0, 0xE4, 0x42),
      new Color(0x88, 0x22, 0x55), new Color(0x44, 0xAA, 0x99), new Color(0x99, 0x99, 0x33),
      new Color(0x33, 0x22, 0x88));
  static final String FONT = Font.SANS_SERIF;

  private ChartStyle() {}

  /** The palette colour of the {@code i}-th series, cycling. */
  public static Color color(int i) {
    return PALETTE.get(Math.floorMod(i, PALETTE.size()));
  }

  /** Applies the shared look to an axes chart's styler. */
  public static void apply(AxesChartStyler s) {
    s.setLocale(Locale.ROOT);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(new Color(0x99, 0x99, 0x99));
    s.setPlotGridLinesColor(new Color(0xE0, 0xE0, 0xE0));
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setChartTitleFont(new Font(FONT, Font.BOLD, 16));
    s.setChartTitleBoxVisible(false);
    s.setLegendFont(new Font(FONT, Font.PLAIN, 12));
    s.setLegendBorderColor(new Color(0xCC, 0xCC, 0xCC));
    s.setLegendPosition(Styler.LegendPosition.OutsideE);
    s.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13));
    s.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 11));
    s.setAnnotationTextFont(new Font(FONT, Font.PLAIN, 11));
    s.setChartPadding(12);
    s.setToolTipsEnabled(false);
  }
}
