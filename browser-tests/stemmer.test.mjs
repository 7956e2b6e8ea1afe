// Checks themes/default/static/search/stemmer.js against Snowball's reference vocabulary for the classic Dutch
// stemmer (src/test/resources/snowball-dutch-porter): `node browser-tests/stemmer.test.mjs`. Loads the script as a
// browser would, into a context whose only global is a `window`, stems every word of voc.txt and compares with
// output.txt. Prints one "ok"/"not ok" line per check and exits 1 when any check fails. Run by StemmerJsIT; needs
// no npm packages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(root + path, 'utf8');
let failures = 0;

function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${ok || !detail ? '' : ': ' + detail}`);
  if (!ok) failures++;
}

const window = {};
vm.runInNewContext(read('themes/default/static/search/stemmer.js'), { window },
  { filename: 'themes/default/static/search/stemmer.js' });
const stemmer = window.PolicybakeStemmer;
check('stemmer.js defines window.PolicybakeStemmer.stem', typeof stemmer?.stem === 'function');

if (typeof stemmer?.stem === 'function') {
  const lines = (name) => read('src/test/resources/snowball-dutch-porter/' + name).split('\n').filter((l) => l !== '');
  const words = lines('voc.txt');
  const stems = lines('output.txt');
  check('voc.txt and output.txt have as many lines', words.length === stems.length,
    `${words.length} words, ${stems.length} stems`);
  const differences = [];
  words.forEach((word, i) => {
    const got = stemmer.stem(word);
    if (got !== stems[i]) differences.push(`'${word}': expected '${stems[i]}', got '${got}'`);
  });
  const agree = words.length - differences.length;
  check(`all ${words.length} words agree with output.txt`, differences.length === 0,
    `${differences.length} differ, first: ${differences.slice(0, 10).join('; ')}`);
  console.log(`# ${agree}/${words.length} words agree`);
}

console.log(failures === 0 ? '# all stemmer checks passed' : `# ${failures} stemmer check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
