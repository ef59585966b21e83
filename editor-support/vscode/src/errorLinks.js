// The server links each diagnostic code to its section of docs/errors.md. VS Code opens a file
// link at the line its fragment names (`#L42`), not at a Markdown heading anchor, so the links are
// rewritten here to the heading's line.
'use strict';

const fs = require('fs');

const headingLines = new Map(); // errors.md path -> { mtimeMs, lines: Map(code -> 1-based line) }

/** The 1-based line of each `## E0203 ...` heading of the file, or null when it cannot be read. */
function codeHeadings(path) {
  let stat;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    return null;
  }
  const cached = headingLines.get(path);
  if (cached && cached.mtimeMs === stat.mtimeMs) {
    return cached.lines;
  }
  const lines = new Map();
  fs.readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /^#+\s+([EW][0-9]{4})\b/.exec(text);
      if (m) {
        lines.set(m[1], i + 1);
      }
    });
  headingLines.set(path, { mtimeMs: stat.mtimeMs, lines });
  return lines;
}

/** The diagnostic with its code's link pointing at the code's heading line, when there is one. */
function linkToHeading(diagnostic) {
  const code = diagnostic.code;
  if (!code || typeof code !== 'object' || !code.target || code.target.scheme !== 'file') {
    return diagnostic;
  }
  if (/^L?[0-9]+/.test(code.target.fragment)) {
    return diagnostic; // already a line link
  }
  const lines = codeHeadings(code.target.fsPath);
  const line = lines && lines.get(String(code.value));
  if (line) {
    diagnostic.code = { value: code.value, target: code.target.with({ fragment: `L${line}` }) };
  }
  return diagnostic;
}

/** Language-client middleware that applies {@link linkToHeading} to every published diagnostic. */
const errorLinkMiddleware = {
  handleDiagnostics(uri, diagnostics, next) {
    next(uri, diagnostics.map(linkToHeading));
  },
};

module.exports = { errorLinkMiddleware, linkToHeading };
