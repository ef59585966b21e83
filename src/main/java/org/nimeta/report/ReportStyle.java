package org.nimeta.report;

/** The page's style sheet, inlined so the report is one file that needs nothing else. */
final class ReportStyle {
  static final String CSS = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;margin:0;\
      background:#fafafa}
      header{background:#263238;color:#eceff1;padding:14px 28px}
      header h1{margin:0;font-size:22px}
      header p{margin:4px 0 0;color:#b0bec5}
      nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:8px 28px;z-index:1}
      nav a{margin-right:18px;color:#1565c0;text-decoration:none}
      main{padding:0 28px 40px;max-width:1400px}
      h2{border-bottom:2px solid #263238;padding-bottom:4px;margin-top:36px}
      h3{margin-top:28px}
      h4{margin:18px 0 6px}
      .path{font-weight:normal;color:#666;font-size:14px;font-family:monospace}
      pre{background:#fff;border:1px solid #ddd;padding:10px 14px;overflow-x:auto;font-size:13px;line-height:1.4}
      code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:90%}
      .tok-keyword{color:#6a1b9a;font-weight:bold}
      .tok-method{color:#1565c0}
      .tok-string{color:#2e7d32}
      .tok-number{color:#c62828}
      .tok-comment{color:#78909c;font-style:italic}
      .map{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:12px}
      figure{margin:8px 0 14px}
      figure img{max-width:100%;height:auto;border:1px solid #e0e0e0;background:#fff}
      figcaption{color:#555;font-size:13px}
      .table-wrap{overflow-x:auto;margin-bottom:10px}
      table{border-collapse:collapse;font-size:13px;background:#fff}
      th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
      thead th{background:#eceff1;position:sticky;top:0}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      table.facts th{background:#f5f5f5;font-weight:normal}
      table.heatmap td{min-width:46px}
      .swatch{display:inline-block;width:12px;height:12px;border-radius:6px;border:1px solid #333}
      .note{color:#666;font-size:13px}
      details{margin:8px 0}
      summary{cursor:pointer;color:#37474f}
      .warning{color:#e65100}
      .methods{background:#fff;border:1px solid #ddd;padding:4px 18px}
      """;

  private ReportStyle() {}
}
