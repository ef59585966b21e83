// Drives the installed nimeta extension in code-server with Chromium (run.sh sets it up): opens
// examples/pain-ale.meta and checks what a user sees — token colours in Dark Modern, a typo's
// squiggle and Problems entry, the error code's link, its quick fix, hover, completion and Format Document.
// Prints the timings and the screenshots' folder; exits non-zero at the first check that fails.
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const PORT = process.env.E2E_PORT;
const WORKSPACE = process.env.E2E_WORKSPACE;
const SHOTS = process.env.E2E_SHOTS;
const ERRORS_DOC = process.env.E2E_ERRORS_DOC;
// The first start may build nimeta (about a minute alone, more on a busy machine).
const SERVER_START_MS = Number(process.env.E2E_SERVER_START_MS) || 300000;
const STEP_MS = 30000;

// Dark Modern's token colours (from Dark+, which it includes) for the scopes the grammar gives.
const DARK_MODERN = {
  keyword: 'rgb(197, 134, 192)', // keyword.control #C586C0
  choice: 'rgb(79, 193, 255)', // variable.other.enummember #4FC1FF
  string: 'rgb(206, 145, 120)', // string #CE9178
  number: 'rgb(181, 206, 168)', // constant.numeric and keyword.other.unit #B5CEA8
  comment: 'rgb(106, 153, 85)', // comment #6A9955
  registry: 'rgb(220, 220, 170)', // support.function #DCDCAA
};

const timings = {};
let shot = 0;

function check(condition, what) {
  if (!condition) {
    throw new Error(`check failed: ${what}`);
  }
  console.log(`ok   ${what}`);
}

async function screenshot(page, name) {
  shot += 1;
  await page.screenshot({ path: path.join(SHOTS, `${String(shot).padStart(2, '0')}-${name}.png`) });
}

/** The rendered text of the active editor's lines, top to bottom (the example fits on screen). */
async function editorText(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!editor) {
      return '';
    }
    const lines = [...editor.querySelectorAll('.view-line')].map((l) => ({
      top: parseFloat(l.style.top),
      text: l.textContent.replace(/\u00a0/g, ' '),
    }));
    return lines
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text)
      .join('\n');
  });
}

/** The computed colour and box of the token `token` on the editor line containing `line`. */
async function token(page, line, token) {
  return page.evaluate(
    ([line, token]) => {
      const text = (e) => e.textContent.replace(/\u00a0/g, ' ');
      for (const l of document.querySelectorAll('.editor-instance .view-line')) {
        if (!text(l).includes(line)) {
          continue;
        }
        const spans = [...l.querySelectorAll('span > span')];
        const span = spans.find((s) => text(s).trim() === token) || spans.find((s) => text(s).includes(token));
        if (span) {
          const r = span.getBoundingClientRect();
          return { colour: getComputedStyle(span).color, x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
      }
      return null;
    },
    [line, token]
  );
}

/** Checks that `token` on the line containing `line` turns Dark Modern's colour for `kind`. */
async function expectColour(page, kind, line, text) {
  let found = null;
  const until = Date.now() + STEP_MS;
  while (Date.now() < until) {
    found = await token(page, line, text);
    if (found && found.colour === DARK_MODERN[kind]) {
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  check(found && found.colour === DARK_MODERN[kind], `${kind} \`${text}\` is ${DARK_MODERN[kind]} (found ${found && found.colour})`);
}

async function waitFor(what, timeout, probe) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > until) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function command(page, name) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: STEP_MS });
  await page.keyboard.press('Enter');
}

async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

const squiggles = (page) => page.locator('.editor-instance .squiggly-error').count();

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  console.log(`screenshots: ${SHOTS}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  let page;
  try {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const loading = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(WORKSPACE)}`);
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 120000 });
    await page.waitForSelector('.monaco-workbench .part.activitybar, .monaco-workbench .part.sidebar', {
      timeout: 120000,
    });
    timings.workbenchReady = Date.now() - loading;
    await screenshot(page, 'workbench');

    // Open the example; its first typo's squiggle needs the server started (and maybe built).
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('pain-ale.meta');
    await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="pain-ale.meta"]');
    await page.keyboard.press('Enter');
    await waitFor('pain-ale.meta in the editor', STEP_MS, async () => (await editorText(page)).includes('estimate ale'));
    const opened = Date.now();
    const original = await editorText(page);
    check(original.includes('dataset pain = load('), 'pain-ale.meta is open');

    // Colours of the unchanged file (tokenizing may lag the first paint: wait for them).
    await expectColour(page, 'keyword', 'estimate ale', 'estimate');
    await expectColour(page, 'choice', 'estimate ale', 'approximate');
    await expectColour(page, 'string', 'dataset pain', '"data/nidm_pain_dset.json"');
    await expectColour(page, 'comment', 'dataset pain', '# paths are relative to this script');
    await expectColour(page, 'registry', 'estimate ale', 'ALE');
    await screenshot(page, 'opened');

    // A typo: `pain` -> `paxin` on line 11 (`estimate ale = ALE(pain, ...`).
    const line11 = 'estimate ale = ALE(pain,';
    check(original.split('\n')[10].startsWith(line11), 'line 11 is the estimate');
    await goTo(page, 11, 22);
    await page.keyboard.type('x');
    await waitFor('the first squiggle', SERVER_START_MS, async () => (await squiggles(page)) > 0);
    timings.firstDiagnostics = Date.now() - opened;
    await page.keyboard.press('Control+Shift+M');
    const problem = await waitFor('the Problems entry', STEP_MS, async () => {
      const panel = await page.$('.markers-panel');
      const text = panel ? await panel.textContent() : '';
      return text.includes('paxin') && text;
    });
    check(problem.includes('E0201') && problem.includes('pain'), 'Problems lists E0201 for `paxin` with the did-you-mean');
    await screenshot(page, 'typo-problems');

    // The squiggle's hover: the message, and the code linking to its heading in docs/errors.md.
    const typo = await token(page, 'estimate ale', 'paxin');
    await page.mouse.move(typo.x, typo.y);
    const link = await waitFor('the code link in the hover', STEP_MS, async () =>
      page.evaluate(() => {
        const a = [...document.querySelectorAll('.monaco-hover a')].find((e) => e.textContent.includes('E0201'));
        return a && (a.getAttribute('href') || a.getAttribute('data-href') || a.title || 'no href');
      })
    );
    const headingLine = fs.readFileSync(ERRORS_DOC, 'utf8').split('\n').findIndex((l) => l.startsWith('## E0201')) + 1;
    await screenshot(page, 'typo-hover');
    check(link.includes(`errors.md#L${headingLine}`), `the E0201 link (${link}) opens errors.md at line ${headingLine}`);
    await page.click('.monaco-hover a:has-text("E0201")');
    await waitFor('errors.md at the E0201 heading', STEP_MS, async () => {
      const tab = await page.$('.tab.active[aria-label*="errors.md"]');
      const status = await page.evaluate(() => (document.getElementById('status.editor.selection') || {}).textContent);
      return tab && status && status.includes(`Ln ${headingLine},`);
    });
    check(true, `clicking E0201 opens errors.md at line ${headingLine}`);
    await screenshot(page, 'errors-doc');
    await page.keyboard.press('Control+W');
    await waitFor('pain-ale.meta back in front', STEP_MS, async () => (await editorText(page)).includes('paxin'));

    // Undo the typo; then a second typo times typing -> squiggle with the server running.
    await page.click('.editor-instance .view-lines');
    await page.keyboard.press('Control+Z');
    await waitFor('the squiggle to go', STEP_MS, async () => (await squiggles(page)) === 0);
    await goTo(page, 11, 22);
    const typed = Date.now();
    await page.keyboard.type('x');
    await waitFor('the second squiggle', STEP_MS, async () => (await squiggles(page)) > 0);
    timings.typoToSquiggle = Date.now() - typed;

    // The quick fix on the typo (the cursor is inside `paxin`): Ctrl+. lists the did-you-mean,
    // Enter applies it, and the diagnostic goes away.
    // VS Code asks for the actions once per Ctrl+.; on a busy machine that request can come before
    // the editor has taken the new diagnostics, and the answer ("No code actions available") is not
    // refreshed. So a press that has shown no menu within 4 s is repeated.
    let pressed = 0;
    let seen = '';
    const fixes = await waitFor('the quick fix menu', STEP_MS, async () => {
      const shown = await page.evaluate(() => ({
        menu: [...document.querySelectorAll('.action-widget')].map((w) => w.textContent).join(' '),
        message: [...document.querySelectorAll('.monaco-editor-overlaymessage')].map((w) => w.textContent).join(' '),
      }));
      if (shown.menu.includes('Change to `pain`')) {
        return shown.menu;
      }
      seen = shown.menu || shown.message || seen;
      if (Date.now() - pressed > 4000) {
        if (pressed) {
          console.log(`     no quick fix menu yet (${seen ? `saw "${seen.trim()}"` : 'nothing shown'}): pressing Ctrl+. again`);
          await page.keyboard.press('Escape');
        }
        pressed = Date.now();
        await page.keyboard.press('Control+.');
      }
      return false;
    });
    check(fixes.includes('Change to `pain`'), 'Ctrl+. on the typo offers `Change to `pain``');
    await screenshot(page, 'quick-fix');
    await page.keyboard.press('Enter');
    await waitFor('the fixed line', STEP_MS, async () => (await editorText(page)).includes(line11));
    await waitFor('the squiggle to go after the fix', STEP_MS, async () => (await squiggles(page)) === 0);
    check(!(await editorText(page)).includes('paxin'), 'the quick fix replaces `paxin` by `pain` and the error goes away');

    // Hover over a registry name: its doc and citation.
    await page.keyboard.press('Escape');
    const ale = await token(page, 'estimate ale', 'ALE');
    await page.mouse.move(ale.x, ale.y);
    const hover = await waitFor('the hover of ALE', STEP_MS, async () => {
      const text = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((h) => h.textContent).join(' '));
      return text.includes('Activation likelihood estimation') && text;
    });
    check(hover.includes('Turkeltaub'), 'hovering ALE shows its doc and citation');
    await screenshot(page, 'hover');
    await page.mouse.move(5, 450);

    // Format Document on a badly laid out line with a unit, then the unit's colour.
    await page.keyboard.press('Control+End'); // the empty last line
    await page.keyboard.type('kernel   wide=ALEKernel(  fwhm=10mm');
    await page.keyboard.press('Escape');
    await command(page, 'Format Document');
    await waitFor('the formatted line', STEP_MS, async () => (await editorText(page)).includes('kernel wide = ALEKernel(fwhm = 10mm)'));
    // The editor renders only the lines on screen (the example is longer than the window): they must
    // be the file's last lines, unchanged (the file on disk is still the original), then the new one.
    const shown = (await editorText(page)).trimEnd().split('\n');
    const file = fs.readFileSync(path.join(WORKSPACE, 'pain-ale.meta'), 'utf8').trimEnd().split('\n');
    const kept = shown.slice(0, -1);
    check(shown[shown.length - 1] === 'kernel wide = ALEKernel(fwhm = 10mm)' && kept.length >= 5 &&
      kept.join('\n') === file.slice(file.length - kept.length).join('\n'),
      `Format Document lays out the new line and keeps the rest (${kept.length} lines above it on screen)`);
    await expectColour(page, 'number', 'kernel wide', '10mm');
    await screenshot(page, 'formatted');

    // Completion of a registry name.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('estimate second = MK');
    await page.keyboard.press('Control+Space');
    const entry = await waitFor('a completion entry', STEP_MS, async () => {
      const rows = await page.$$eval('.suggest-widget .monaco-list-row', (rs) => rs.map((r) => r.textContent));
      return rows.find((r) => r.includes('MKDADensity'));
    });
    check(entry, 'completion offers MKDADensity');
    await screenshot(page, 'completion');
    await page.keyboard.press('Escape');

    // A launcher that does not exist (set in the workspace's settings, which VS Code watches): one
    // message that names it, not a second toast from the client.
    fs.mkdirSync(path.join(WORKSPACE, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(WORKSPACE, '.vscode', 'settings.json'),
      JSON.stringify({ 'nimeta.path': path.join(WORKSPACE, 'no-such-nimeta') }));
    const messages = () => page.$$eval('.notification-toast .notification-list-item-message', (ts) => ts.map((t) => t.textContent));
    await waitFor('the start-failure message', STEP_MS, async () => (await messages()).some((t) => t.includes('could not start')));
    await page.waitForTimeout(2000); // a duplicate would come right after
    const failures = (await messages()).filter((t) => /nimeta|couldn't create connection|server/i.test(t));
    await screenshot(page, 'start-failure');
    check(failures.length === 1, `one start-failure message (${JSON.stringify(failures)})`);
    check(failures[0].includes('no-such-nimeta lsp`: `' + path.join(WORKSPACE, 'no-such-nimeta') + '` was not found'),
      'the message names the missing launcher');
  } catch (e) {
    if (page) {
      await screenshot(page, 'failure').catch(() => {});
    }
    throw e;
  } finally {
    await browser.close();
  }
  console.log(`timings: workbench ready ${timings.workbenchReady} ms, first diagnostics ${timings.firstDiagnostics} ms ` +
    `(file opened -> first squiggle, server start included), typo -> squiggle ${timings.typoToSquiggle} ms`);
}

main().catch((e) => {
  console.error(`FAIL: ${e.message}`);
  console.error(`screenshots: ${SHOTS}; timings so far: ${JSON.stringify(timings)}`);
  process.exit(1);
});
