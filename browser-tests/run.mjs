// Browser tests of a built site served on loopback: `node run.mjs SAMPLE_URL COMPARE_URL [RESULTS_FILE]`.
// SAMPLE_URL serves the sample site; COMPARE_URL a small site with two periods of action lines (the sample has no
// comparison page and no document in two periods). Uses Debian's Chromium (CHROMIUM, default /usr/bin/chromium);
// prints one "ok"/"not ok" line per check, the axe rules and pages checked, and exits 1 when any check fails.
// RESULTS_FILE, when given, receives the axe results as JSON for the accessibility statement. Run by BrowserIT.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const [base, compareBase, resultsFile] = process.argv.slice(2);
if (!base || !compareBase) { console.error('usage: node run.mjs SAMPLE_URL COMPARE_URL [RESULTS_FILE]'); process.exit(2); }
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// every kind of page: [kind, site, path]
const axeKinds = [['home', base, ''], ['agenda', base, 'west-brabant-west/'], ['period home', base, 'west-brabant-west/2015-2017/'],
  ['document', base, 'noordoost-brabant/2020-2023/uitvoeringsplan/'], ['print page', base, 'west-brabant-west/2018-2021/afdrukken/'],
  ['action-line overview', base, 'noordoost-brabant/2020-2023/actielijnen/'],
  ['action-line page', base, 'noordoost-brabant/2020-2023/actielijnen/5-1/'], ['dashboard', base, 'hart-van-brabant/2015-2017/dashboard/'],
  ['partners', base, 'noordoost-brabant/2020-2023/partners/'], ['comparison', compareBase, 'regio/2022-2025/vergelijking/'],
  ['monitor', base, 'west-brabant-west/monitor/'], ['monitor', base, 'noordoost-brabant/monitor/'],
  ['monitor', base, 'jeugdbescherming-west/monitor/'], ['search with results', base, 'zoeken/?q=wachtlijsten'],
  ['site map', base, 'sitemap/'], ['accessibility statement', base, 'toegankelijkheid/'], ['404', base, '404.html']];
const axeRuns = [];
const origins = [new URL(base).origin, new URL(compareBase).origin]; // the two sites the tests serve, both on loopback
let failures = 0;

function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok || !detail ? '' : ': ' + detail}`);
  if (!ok) failures++;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});

// The site's Content-Security-Policy stays on, so a blocked script or style shows up as a console error. Only the
// axe runs bypass it (bypassCSP), because axe is injected as an inline script.
async function open(viewport, javaScriptEnabled = true, bypassCSP = false) {
  const context = await browser.newContext({ viewport, javaScriptEnabled, bypassCSP });
  const page = await context.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', r => {
    if (!origins.includes(new URL(r.url()).origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', r => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  return { context, page, foreign, errors };
}

// page.waitForFunction evaluates a string, which the site's CSP (no 'unsafe-eval') refuses; poll with evaluate instead
async function waitFor(page, predicate) {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate(predicate)) return;
    await page.waitForTimeout(25);
  }
  throw new Error(`timed out waiting for ${predicate}`);
}

async function visibleRows(page) {
  return page.$$eval('.action-section tbody tr', rows => rows.filter(r => r.offsetParent !== null).length);
}

const overview = new URL('noordoost-brabant/2020-2023/actielijnen/', base).href;

for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const { context, page, foreign, errors } = await open(viewport);
  await page.goto(overview);
  const total = await page.$$eval('.action-section tbody tr', rows => rows.length);
  check(`${label}: overview shows all ${total} rows and the filters`, total === 43 && await visibleRows(page) === 43
    && await page.isVisible('#filters'), `rows ${total}`);
  check(`${label}: the count is a live region`, await page.getAttribute('#filter-count', 'aria-live') === 'polite'
    && (await page.textContent('#filter-count')).trim() === '43 van 43 resultaten zichtbaar');

  const lokaal = await page.$$eval('.action-section tbody tr',
    rows => rows.filter(r => r.dataset.scales.split(' ').includes('lokaal')).length);
  await page.selectOption('#filter-schaal', 'lokaal');
  const shown = await visibleRows(page);
  check(`${label}: filtering on schaal=lokaal shows exactly the lokaal rows (${lokaal})`, shown === lokaal && lokaal > 0
    && lokaal < 43, `shown ${shown}`);
  check(`${label}: the count follows the filter`,
    (await page.textContent('#filter-count')).trim() === `${lokaal} van 43 resultaten zichtbaar`);
  check(`${label}: the filter is in the URL`, page.url().endsWith('?schaal=lokaal'), page.url());
  const hiddenSections = await page.$$eval('.action-section', s => s.filter(x => x.hidden).length);
  check(`${label}: action lines without matching rows are hidden`, hiddenSections > 0, `hidden ${hiddenSections}`);

  await page.keyboard.press('Tab');
  await page.focus('#filter-jaar');
  await page.keyboard.press('ArrowDown');
  const jaar = await page.$eval('#filter-jaar', s => s.value);
  const byKeyboard = await visibleRows(page);
  check(`${label}: the filters work from the keyboard (jaar=${jaar})`, jaar !== '' && byKeyboard <= shown);

  await page.click('button[type=reset]');
  await page.waitForTimeout(50);
  check(`${label}: clearing the filters shows every row again`, await visibleRows(page) === 43);

  await page.goto(overview + '?schaal=regionaal');
  const regionaal = await page.$$eval('.action-section tbody tr',
    rows => rows.filter(r => r.dataset.scales.split(' ').includes('regionaal')).length);
  check(`${label}: a shared URL opens with its filter`, await visibleRows(page) === regionaal
    && await page.$eval('#filter-schaal', s => s.value) === 'regionaal');

  const hvb = new URL('hart-van-brabant/2015-2017/actielijnen/', base).href;
  await page.goto(hvb);
  await page.selectOption('#filter-status', 'geel');
  check(`${label}: Hart van Brabant filtered on geel shows its 7 yellow decision points`, await visibleRows(page) === 7);

  await page.goto(new URL('west-brabant-west/2015-2017/', base).href);
  await page.click('.period-switcher a >> text=2018-2021');
  check(`${label}: the period switcher leads to the other period`, page.url().endsWith('/west-brabant-west/2018-2021/'));

  await page.goto(new URL('regio/2018-2021/plan/', compareBase).href);
  await page.click('.period-switcher a >> text=2022-2025');
  check(`${label}: the period switcher keeps the reader on the same document`,
    page.url().endsWith('/regio/2022-2025/plan/') && (await page.textContent('main')).includes('Het plan van deze periode'),
    page.url());

  check(`${label}: no request to another host`, foreign.length === 0, foreign.join(', '));
  check(`${label}: no JavaScript errors`, errors.length === 0, errors.join(' | '));
  await context.close();
}

// Search through the real UI: the header box, Enter, the announced count, the URL, filters and the back button.
const queries = [
  // [query, what the first result's title or meta must contain, why]
  ['wachtlijsten', 'Wachtlijsten', 'a section heading of West-Brabant Oost'],
  ['transformatiefonds', 'West-Brabant Oost', 'a term of one region only'],
  ['caseload', 'Jeugdbescherming West', 'a term of one region only'],
  ['clientparticipatie', 'Hart van Brabant', 'no diacritic in the query, cliëntparticipatie in the text'],
  ['cliënten', 'cliënt', 'a diacritic and an inflection in the query'],
  ['jeugdzorgplusplaatsing', 'West-Brabant West', 'a long compound'],
  ['"raad voor de kinderbescherming"', 'Raad voor de Kinderbescherming', 'a phrase with stop words'],
];
for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const { context, page, foreign, errors } = await open(viewport);
  for (const [q, expected, why] of queries) {
    await page.goto(base);
    await page.fill('#header-q', q);
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/zoeken/);
    await waitFor(page, () => /resulta/.test((document.getElementById('search-count') || {}).textContent));
    const first = await page.$eval('#search-results li', li => li.textContent).catch(() => '');
    const count = await page.textContent('#search-count');
    check(`${label}: search ${q} (${why}) finds "${expected}" first`, first.includes(expected),
      `${count} / ${first.slice(0, 160)}`);
  }
  check(`${label}: the result count is announced`, await page.getAttribute('#search-count', 'role') === 'status'
    && await page.getAttribute('#search-count', 'aria-live') === 'polite');
  await page.goto(new URL('zoeken/?q=jeugdhulp', base).href);
  await waitFor(page, () => /resulta/.test(document.getElementById('search-count').textContent));
  const all = await page.$$eval('#search-results li', l => l.length);
  const marks = await page.$$eval('#search-results mark', m => m.length);
  check(`${label}: matched words are highlighted`, marks > 0, `marks ${marks}`);
  // a one-word query for a common stem is answered from the term file's top records; the same word twice takes
  // the postings, ranks alike and must show the same
  const shown = async q => {
    await page.goto(new URL('zoeken/?q=' + encodeURIComponent(q), base).href);
    await waitFor(page, () => /resulta/.test(document.getElementById('search-count').textContent));
    return [await page.textContent('#search-count'), await page.$$eval('#search-results li', l => l.map(x => x.textContent))];
  };
  const [topCount, topItems] = await shown('jeugdhulp');
  const [fullCount, fullItems] = await shown('jeugdhulp jeugdhulp');
  check(`${label}: the top records of a common word are what its postings give`,
    topCount.replace(/jeugdhulp( jeugdhulp)?/, '') === fullCount.replace(/jeugdhulp( jeugdhulp)?/, '')
    && JSON.stringify(topItems) === JSON.stringify(fullItems), `${topCount} / ${fullCount}`);
  await page.goto(new URL('zoeken/?q=jeugdhulp', base).href);
  await waitFor(page, () => /resulta/.test(document.getElementById('search-count').textContent));
  const period = await page.$eval('#search-periode', s => Array.from(s.options).find(o => o.text === '2015-2017').value);
  await page.selectOption('#search-periode', period);
  await waitFor(page, () => !/Zoeken/.test(document.getElementById('search-count').textContent));
  const metas = await page.$$eval('#search-results .result-meta', m => m.map(x => x.textContent));
  check(`${label}: the period filter keeps only 2015-2017 results`, metas.length > 0 && metas.length <= all
    && metas.every(m => m.includes('2015-2017')), metas.slice(0, 3).join(' | '));
  check(`${label}: the filter is in the URL`, page.url().includes('periode=' + period), page.url());
  await page.goBack();
  await waitFor(page, () => document.getElementById('search-periode').value === '');
  check(`${label}: the back button restores the unfiltered search`, (await page.$$eval('#search-results li',
    l => l.length)) === all);
  await page.focus('#search-q');
  await page.fill('#search-q', 'caseload');
  await page.keyboard.press('Enter');
  await waitFor(page, () => /caseload/.test(document.getElementById('search-count').textContent));
  check(`${label}: search works from the keyboard`, page.url().includes('q=caseload'));
  check(`${label}: search makes no request to another host`, foreign.length === 0, foreign.join(', '));
  check(`${label}: search logs no JavaScript errors`, errors.length === 0, errors.join(' | '));
  await context.close();
}

// The record files are gzip files: a browser without DecompressionStream (before 2023) loads inflate.js, once, and
// must show exactly what a browser with it shows; one with it must not load inflate.js at all.
{
  const { context, page, foreign, errors } = await open({ width: 1280, height: 900 });
  const scripts = [];
  page.on('request', r => { if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname); });
  const results = async q => {
    await page.goto(new URL('zoeken/?q=' + encodeURIComponent(q), base).href);
    await waitFor(page, () => /resulta/.test(document.getElementById('search-count').textContent));
    return [await page.textContent('#search-count'), await page.$$eval('#search-results li', l => l.map(x => x.textContent))];
  };
  const inflates = () => scripts.filter(s => s.endsWith('/search/inflate.js')).length;
  const modern = [await results('jeugdhulp'), await results('"raad voor de kinderbescherming"')];
  check('search with DecompressionStream does not load inflate.js', inflates() === 0, scripts.join(', '));
  await context.addInitScript(() => { delete window.DecompressionStream; });
  const old = [await results('jeugdhulp'), await results('"raad voor de kinderbescherming"')];
  check('search without DecompressionStream loads inflate.js once per page', inflates() === 2, scripts.join(', '));
  check('search without DecompressionStream shows the same results', old[0][1].length > 0
    && JSON.stringify(old) === JSON.stringify(modern), `${old[0][0]} / ${modern[0][0]}`);
  // a host that sends the record files decoded (Content-Encoding: gzip): the script gets JSON, not gzip
  await page.route('**/search/r/*.json.gz', async route => {
    const response = await route.fetch();
    await route.fulfill({ response, body: gunzipSync(await response.body()) });
  });
  const decoded = [await results('jeugdhulp'), await results('"raad voor de kinderbescherming"')];
  check('search with record files the host decoded shows the same results',
    JSON.stringify(decoded) === JSON.stringify(modern), `${decoded[0][0]} / ${modern[0][0]}`);
  await page.unroute('**/search/r/*.json.gz');
  check('search without DecompressionStream: no request to another host', foreign.length === 0, foreign.join(', '));
  check('search without DecompressionStream: no JavaScript errors', errors.length === 0, errors.join(' | '));
  await context.close();
}

for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const { context, page, foreign, errors } = await open(viewport, true, true);
  for (const [kind, site, path] of axeKinds) {
    await page.goto(new URL(path, site).href);
    if (path.startsWith('zoeken')) await page.waitForSelector('#search-results li');
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async tags => axe.run(document, { runOnly: { type: 'tag', values: tags } }), axeTags);
    const found = result.violations.map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`);
    axeRuns.push({ label, kind, path, passes: result.passes.length, violations: result.violations.length });
    check(`${label}: axe on ${kind} /${path}: ${result.passes.length} rules pass, ${result.inapplicable.length} not applicable, `
      + `${result.violations.length} violated`, found.length === 0, found.join('; '));
  }
  check(`${label}: the axe pages make no request to another host`, foreign.length === 0, foreign.join(', '));
  check(`${label}: the axe pages log no JavaScript errors`, errors.length === 0, errors.join(' | '));
  await context.close();
}
{
  const { context, page } = await open({ width: 1280, height: 900 }, true, true);
  await page.goto(base);
  await page.addScriptTag({ content: axeSource });
  const rules = await page.evaluate(tags => axe.getRules(tags).map(r => r.ruleId).sort(), axeTags);
  const version = await page.evaluate(() => axe.version);
  console.log(`# axe-core ${version}, tags ${axeTags.join(', ')}: ${rules.length} rules: ${rules.join(' ')}`);
  console.log(`# axe pages: ${axeKinds.length} pages x 2 widths; kinds: ${[...new Set(axeKinds.map(k => k[0]))].join(', ')}`);
  if (resultsFile) {
    writeFileSync(resultsFile, JSON.stringify({ axe: version, chromium: browser.version(), tags: axeTags, rules,
      runs: axeRuns }, null, 2) + '\n');
  }
  await context.close();
}

{
  const { context, page } = await open({ width: 1280, height: 900 }, false);
  await page.goto(overview);
  check('without JavaScript: all 43 rows are visible', await visibleRows(page) === 43);
  check('without JavaScript: the filter form stays hidden', !(await page.isVisible('#filters')));
  await page.goto(new URL('zoeken/?q=jeugdhulp', base).href);
  check('without JavaScript: the search page says so and links to the site map',
    (await page.textContent('main')).includes('Zoeken werkt alleen met JavaScript')
    && await page.$('main a[href$="/sitemap/"]') !== null);
  await context.close();
}

await browser.close();
console.log(`${failures === 0 ? 'all browser checks passed' : failures + ' browser checks failed'}`);
process.exit(failures === 0 ? 0 : 1);
