// Checks themes/default/static/search/inflate.js, the gunzip search.js falls back on where a browser has no
// DecompressionStream: `node browser-tests/inflate.test.mjs`. Every text is gzipped by node's zlib in every way
// deflate can store it (stored, fixed and dynamic Huffman blocks, several blocks, long and overlapping copies) and
// must come back byte for byte; broken files must fail with a message. Prints one "ok"/"not ok" line per check and
// exits 1 when any check fails. Run by InflateJsIT; needs no npm packages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import zlib from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = 'themes/default/static/search/inflate.js';
let failures = 0;
let passed = 0;

function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    return;
  }
  console.log(`not ok - ${name}${detail ? ': ' + detail : ''}`);
  failures++;
}

const window = {};
vm.runInNewContext(readFileSync(root + script, 'utf8'), { window, Uint8Array, Uint16Array, Error },
  { filename: script });
const gunzip = window.PolicybakeGunzip;
if (typeof gunzip !== 'function') {
  console.log('not ok - inflate.js defines window.PolicybakeGunzip');
  process.exit(1);
}

// a pseudo-random generator with a fixed seed, so a failure can be repeated
let seed = 20261124;
function random() {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 4294967296;
}

const record = '[3,"doelen","Doelen","De regio zet in op een sterke basis: ondersteuning dichtbij, in de wijk, '
  + 'zonder wachtlijsten. Cliëntparticipatie – € 1.250.000 – is het uitgangspunt."]';
const texts = {
  'empty': Buffer.alloc(0),
  'one byte': Buffer.from('a'),
  'a record file': Buffer.from('{"pages":[["/a/","A",0,1,2]],"records":[' + Array(16).fill(record).join(',') + ']}'),
  'one byte repeated (distance 1, length 258)': Buffer.alloc(100000, 0x41),
  'random bytes (stored blocks)': Buffer.from(Array.from({ length: 70000 }, () => Math.floor(random() * 256))),
  'random words over 32 KB (far distances)': Buffer.from(Array.from({ length: 20000 },
    () => ['jeugdhulp', 'regio', 'gemeenten', 'inkoop', 'é', '€', '\n'][Math.floor(random() * 7)]).join(' ')),
};
// some of these option sets force a block type: level 0 stored, Z_FIXED fixed Huffman codes, Z_HUFFMAN_ONLY no
// copies, Z_RLE copies of distance 1 only; small memLevel gives many dynamic blocks
const ways = {
  'level 0': { level: 0 },
  'level 1': { level: 1 },
  'level 6': { level: 6 },
  'level 9': { level: 9 },
  'fixed codes': { strategy: zlib.constants.Z_FIXED },
  'Huffman only': { strategy: zlib.constants.Z_HUFFMAN_ONLY },
  'run lengths': { strategy: zlib.constants.Z_RLE },
  'many blocks': { level: 6, memLevel: 1 },
};
for (const [text, bytes] of Object.entries(texts)) {
  for (const [way, options] of Object.entries(ways)) {
    const gz = new Uint8Array(zlib.gzipSync(bytes, options));
    let got;
    try {
      got = Buffer.from(gunzip(gz));
    } catch (e) {
      check(`${text}, ${way}`, false, e.message);
      continue;
    }
    check(`${text}, ${way}`, got.equals(bytes), `${got.length} bytes back of ${bytes.length}`);
  }
}

// a header with a file name, a comment, an extra field and a header checksum (flags 4, 8, 16, 2)
const plain = new Uint8Array(zlib.gzipSync(Buffer.from(record)));
const fields = [0x1f, 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3, 3, 0, 1, 2, 3, 0x61, 0x2e, 0x6a, 0, 0x63, 0, 0xaa, 0xbb];
const headed = new Uint8Array([...fields, ...plain.subarray(10)]);
let back;
try {
  back = Buffer.from(gunzip(headed)).toString();
} catch (e) {
  back = e.message;
}
check('a header with all optional fields', back === record, back);

function throws(name, data, message) {
  try {
    gunzip(data);
    check(name, false, 'no error');
  } catch (e) {
    check(name, e.message === message, `'${e.message}'`);
  }
}
throws('not gzip', new TextEncoder().encode('{"pages":[],"records":[]}'), 'gunzip: not a gzip file');
const cut = plain.slice(0, plain.length - 12);
throws('cut short', new Uint8Array([...cut, ...plain.subarray(plain.length - 8)]), 'gunzip: the data ends too soon');
const wrongSize = plain.slice();
wrongSize[wrongSize.length - 4]++;
throws('a trailer with the wrong size', wrongSize, 'gunzip: less data than the trailer says');
const badType = plain.slice();
badType[10] |= 6;
throws('block type 3', badType, 'gunzip: an invalid block type');

console.log(`${failures ? 'not ok' : 'ok'} - ${passed} of ${passed + failures} checks`);
process.exit(failures ? 1 : 0);
