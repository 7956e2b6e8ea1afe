// Measures what one cold query downloads, for policybake's search and for Pagefind over the same built site.
// usage: node bench/search-bytes.mjs OUTPUT_DIR query...   (Pagefind's index must be in OUTPUT_DIR/pagefind/)
// Serves OUTPUT_DIR itself on loopback and drives Debian's Chromium with playwright-core from browser-tests/.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../browser-tests/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const [root, ...queries] = process.argv.slice(2);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const pagefindPage = `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>pagefind</title></head><body>
<script type="module">
try {
  const q = new URLSearchParams(location.search).get('q');
  const pf = await import('/pagefind/pagefind.js');
  const r = await pf.search(q);
  const shown = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
  window.done = { total: r.results.length, shown: shown.length };
} catch (e) {
  window.done = { error: String(e) };
}
</script></body></html>`;

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/__pagefind.html') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    return res.end(pagefindPage);
  }
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (file.endsWith('/')) file += 'index.html';
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

async function measure(url, match, ready) {
  // the theme's Content-Security-Policy forbids the evaluation waitForFunction needs; it changes no download
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  let index = 0;
  let code = 0;
  const pending = [];
  page.on('response', r => pending.push(r.body().then(b => {
    const p = new URL(r.url()).pathname;
    if (match.index(p)) index += b.length;
    else if (match.code(p)) code += b.length;
  }).catch(() => {})));
  await page.goto(url);
  try {
    await page.waitForFunction(ready, null, { timeout: 60000 });
  } catch (e) {
    await context.close();
    return { index: NaN, code: NaN, result: 'timeout' };
  }
  await page.waitForTimeout(300);
  await Promise.all(pending);
  const result = await page.evaluate(() => window.done || document.getElementById('search-count').textContent);
  await context.close();
  return { index, code, result };
}

const kb = n => (n / 1024).toFixed(1);
// Pagefind's code: its scripts and its WebAssembly module (wasm.<lang>.pagefind); everything else is index
const pagefindCode = p => p.startsWith('/pagefind/') && (/\.(js|wasm)$/.test(p) || /\/wasm\.[^/]*\.pagefind$/.test(p));
// "all postings": the same query with the current period not put first, which the top records of a common word
// cannot answer, so the browser fetches the word's postings (as any filter or a second word does)
console.log('query                 policybake index KB  all postings KB  +code KB  | pagefind index KB  +code KB  | ratio (index)');
const ratios = [];
const ourMatch = { index: p => p.startsWith('/search/'), code: p => p.startsWith('/assets/search/') };
const ourReady = () => /resulta/.test((document.getElementById('search-count') || {}).textContent || '');
for (const q of queries) {
  const ours = await measure(`${base}/zoeken/?q=${encodeURIComponent(q)}`, ourMatch, ourReady);
  const full = await measure(`${base}/zoeken/?q=${encodeURIComponent(q)}&actueel=0`, ourMatch, ourReady);
  let line = `${q.padEnd(22)}${kb(ours.index).padStart(20)}${kb(full.index).padStart(17)}${kb(ours.code).padStart(10)}  |`;
  if (existsSync(path.join(root, 'pagefind'))) {
    const theirs = await measure(`${base}/__pagefind.html?q=${encodeURIComponent(q)}`,
      { index: p => p.startsWith('/pagefind/') && !pagefindCode(p), code: pagefindCode },
      () => window.done !== undefined);
    ratios.push(ours.index / theirs.index);
    const found = (ours.result.match(/([\d.]+) resulta/) || [0, '0'])[1];
    line += `${kb(theirs.index).padStart(18)}${kb(theirs.code).padStart(10)}  | ${(ours.index / theirs.index).toFixed(2)}x`
      + `   (results: ${found} passages, ${theirs.result.error || theirs.result.total + " pages"})`;
  } else {
    line += '   (no pagefind index)';
  }
  console.log(line);
}
if (ratios.length) {
  ratios.sort((a, b) => a - b);
  console.log(`median ratio policybake/pagefind (index bytes per cold query): ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}x`);
}
await browser.close();
server.close();
