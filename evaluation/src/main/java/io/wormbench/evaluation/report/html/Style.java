package io.wormbench.evaluation.report.html;

/** The report's inline stylesheet: system fonts, readable tables, printable. */
final class Style {
  static final String CSS = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
        color:#1b1f24;background:#f6f7f9;margin:0}
      main{max-width:1180px;margin:0 auto;padding:24px 28px 60px;background:#fff}
      header h1{margin:0 0 4px;font-size:28px}
      .description{margin:0 0 6px;color:#333}
      .meta,.note{color:#5b6470;font-size:13px}
      nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #dde1e6;padding:8px 0;
        margin-bottom:12px;z-index:1}
      nav a{margin-right:14px;color:#0b5cad;text-decoration:none;font-size:14px}
      h2{border-bottom:2px solid #0b5cad;padding-bottom:4px;margin-top:34px}
      table{border-collapse:collapse;margin:10px 0;font-size:13.5px}
      th,td{border:1px solid #dde1e6;padding:4px 8px;text-align:left;vertical-align:top}
      thead th{background:#eef1f4}
      tbody th{font-weight:600;background:#fafbfc}
      .cards{display:flex;flex-wrap:wrap;gap:14px}
      table.detector caption{font-weight:700;text-align:left;padding:4px 0;font-size:15px}
      table.detector td{font-variant-numeric:tabular-nums}
      table.heat td{text-align:center;min-width:90px}
      table.alerts td:last-child{max-width:420px;overflow-wrap:anywhere}
      figure{margin:18px 0 28px}
      figure img{max-width:100%;height:auto;border:1px solid #e3e6ea}
      figcaption{color:#444;font-size:13px;margin-top:4px}
      .warn{color:#a32020;font-weight:600}
      pre{background:#f0f2f5;padding:10px;overflow-x:auto}
      @media print{nav{display:none}main{padding:0}}
      """;

  private Style() {}
}
