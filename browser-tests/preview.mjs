// The editor's preview as a person uses it: `node preview.mjs BASE_URL SITE_DIR [SHOT_DIR]` against a running
// `policybake serve` of a copy of the sample site. Opens a document, saves a sentence into it, changes a status in
// an action-line CSV, breaks a front matter line and mends it, and checks after each step that the open page
// followed by itself (no click, no navigation by the test). Prints one "ok"/"not ok" line per check; exits 1 on
// a failure. With SHOT_DIR it saves a screenshot of the error overlay there.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [base, site, shots] = process.argv.slice(2);
if (!base || !site) { console.error('usage: node preview.mjs BASE_URL SITE_DIR [SHOT_DIR]'); process.exit(2); }
let failures = 0;
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok || !detail ? '' : ': ' + detail}`);
  if (!ok) failures++;
}

const doc = join(site, 'content/west-brabant-west/2018-2021/tussentijdse-evaluatie.md');
const csv = join(site, 'content/hart-van-brabant/2015-2017/actielijnen.csv');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', e => errors.push(String(e)));
  await page.goto(base + 'west-brabant-west/2018-2021/tussentijdse-evaluatie/');

  await page.waitForTimeout(500); // the page connects to the event stream
  // 1. a sentence saved into the open document appears by itself
  const original = readFileSync(doc, 'utf8');
  writeFileSync(doc, original + '\nDeze zin is zojuist opgeslagen.\n');
  // locators, not waitForFunction: the site's Content-Security-Policy forbids the eval that one needs
  const appeared = await page.getByText('Deze zin is zojuist opgeslagen.').waitFor({ timeout: 20000 })
    .then(() => true, () => false);
  check('a saved sentence appears in the open document without a click', appeared);
  await page.waitForTimeout(500); // the reloaded page connects to the event stream again

  // 2. a status changed in the Excel export: the editor is taken to the action-line overview and sees it
  const table = readFileSync(csv, 'utf8');
  const before = (table.match(/groen: Volledig gerealiseerd/g) || []).length;
  writeFileSync(csv, table.replace('groen: Volledig gerealiseerd', 'geel: Loopt met aandachtspunten'));
  const moved = await page.waitForURL(/hart-van-brabant\/2015-2017\/actielijnen\/$/, { timeout: 20000 })
    .then(() => true, () => false);
  check('saving the action-line CSV opens its overview', moved, page.url());
  const greens = await page.locator('tbody tr', { hasText: 'Volledig gerealiseerd' }).count().catch(() => -1);
  check('the overview shows one groen fewer', greens === before - 1, `${greens} rows, expected ${before - 1}`);

  // 3. a broken front matter line: the overlay shows the file and line on the open page
  await page.goto(base + 'west-brabant-west/2018-2021/tussentijdse-evaluatie/');
  await page.waitForTimeout(500);
  writeFileSync(doc, original.replace(/^date: .*$/m, 'date: 1 juli 2020'));
  const overlay = page.locator('.policybake-overlay');
  const shown = await overlay.waitFor({ timeout: 20000 }).then(() => true, () => false);
  const text = shown ? await overlay.innerText() : '';
  check('a broken front matter line shows the overlay', shown);
  check('the overlay names the file and line', text.includes('tussentijdse-evaluatie.md:4'), text);
  check('the last good page stays visible under it',
    (await page.locator('main h1').innerText().catch(() => '')).includes('Tussentijdse evaluatie'));
  if (shots) await page.screenshot({ path: join(shots, 'preview-overlay.png') });

  await page.waitForTimeout(500);
  // 4. mended: the overlay goes away by itself
  writeFileSync(doc, original);
  const gone = await overlay.waitFor({ state: 'detached', timeout: 20000 }).then(() => true, () => false);
  check('mending the line takes the overlay away', gone);
  writeFileSync(csv, table);
  check('no JavaScript errors', errors.length === 0, errors.join('; '));
} finally {
  await browser.close();
}
if (!failures) console.log('all preview checks passed');
process.exit(failures ? 1 : 0);
