// Gunzip for the few browsers without DecompressionStream (before 2023): search.js loads this file only there.
// The search index's record files are gzip files (RFC 1952) around deflate data (RFC 1951); this decodes both
// framings' deflate blocks (stored, fixed and dynamic Huffman codes) into bytes. No checksum test: the browser's
// own DecompressionStream does that wherever it exists.
(function () {
  'use strict';
  // length codes 257..285 and distance codes 0..29: base value and extra bits (RFC 1951, 3.2.5)
  var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258];
  var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
    13, 13];
  // the order in which a dynamic block gives the code lengths of the code-length alphabet (3.2.7)
  var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  function fail(what) {
    throw new Error('gunzip: ' + what);
  }

  /** A canonical Huffman code from its code lengths: how many codes of each length, symbols in code order. */
  function code(lengths, from, n) {
    var counts = new Uint16Array(16);
    var next = new Uint16Array(16);
    var symbols = new Uint16Array(n);
    for (var i = 0; i < n; i++) counts[lengths[from + i]]++;
    counts[0] = 0;
    for (i = 1; i < 16; i++) next[i] = next[i - 1] + counts[i - 1];
    for (i = 0; i < n; i++) {
      if (lengths[from + i]) symbols[next[lengths[from + i]]++] = i;
    }
    return { counts: counts, symbols: symbols };
  }

  function Reader(data, pos, end) {
    this.data = data;
    this.pos = pos;
    this.end = end;
    this.bits = 0;
    this.count = 0;
  }
  /** The next n bits (n at most 16), least significant first. */
  Reader.prototype.take = function (n) {
    var v = this.bits;
    while (this.count < n) {
      if (this.pos >= this.end) fail('the data ends too soon');
      v |= this.data[this.pos++] << this.count;
      this.count += 8;
    }
    this.bits = v >>> n;
    this.count -= n;
    return v & ((1 << n) - 1);
  };
  /** The next symbol of Huffman code h, read a bit at a time (codes are stored most significant bit first). */
  Reader.prototype.symbol = function (h) {
    var value = 0;
    var first = 0;
    var index = 0;
    for (var len = 1; len < 16; len++) {
      value |= this.take(1);
      var count = h.counts[len];
      if (value - first < count) return h.symbols[index + value - first];
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    return fail('an invalid Huffman code');
  };

  var fixed = null;
  function fixedCodes() {
    if (!fixed) {
      var lengths = new Uint8Array(288 + 30);
      for (var i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
      for (i = 288; i < 318; i++) lengths[i] = 5;
      fixed = [code(lengths, 0, 288), code(lengths, 288, 30)];
    }
    return fixed;
  }

  function dynamicCodes(r) {
    var literals = r.take(5) + 257;
    var distances = r.take(5) + 1;
    var lengthCodes = r.take(4) + 4;
    var lengths = new Uint8Array(19);
    for (var i = 0; i < lengthCodes; i++) lengths[ORDER[i]] = r.take(3);
    var lengthCode = code(lengths, 0, 19);
    var all = new Uint8Array(literals + distances);
    for (i = 0; i < all.length;) {
      var sym = r.symbol(lengthCode);
      if (sym < 16) {
        all[i++] = sym;
        continue;
      }
      var value = 0;
      var repeat;
      if (sym === 16) {
        if (i === 0) fail('a repeat before the first code length');
        value = all[i - 1];
        repeat = 3 + r.take(2);
      } else {
        repeat = sym === 17 ? 3 + r.take(3) : 11 + r.take(7);
      }
      if (i + repeat > all.length) fail('too many code lengths');
      while (repeat--) all[i++] = value;
    }
    return [code(all, 0, literals), code(all, literals, distances)];
  }

  /** Inflates the deflate data of data[pos, end) into out (its size known from the gzip trailer). */
  function inflate(data, pos, end, out) {
    var r = new Reader(data, pos, end);
    var n = 0;
    var last;
    do {
      last = r.take(1);
      var type = r.take(2);
      if (type === 0) {
        r.bits = 0;
        r.count = 0;
        if (r.pos + 4 > end) fail('the data ends too soon');
        var len = data[r.pos] | (data[r.pos + 1] << 8);
        if ((len ^ (data[r.pos + 2] | (data[r.pos + 3] << 8))) !== 0xffff) fail('a stored block of a wrong length');
        r.pos += 4;
        if (r.pos + len > end || n + len > out.length) fail('the data ends too soon');
        out.set(data.subarray(r.pos, r.pos + len), n);
        r.pos += len;
        n += len;
        continue;
      }
      if (type === 3) fail('an invalid block type');
      var codes = type === 1 ? fixedCodes() : dynamicCodes(r);
      for (;;) {
        var sym = r.symbol(codes[0]);
        if (sym < 256) {
          if (n >= out.length) fail('more data than the trailer says');
          out[n++] = sym;
        } else if (sym === 256) {
          break;
        } else {
          sym -= 257;
          if (sym >= 29) fail('an invalid length code');
          var length = LENGTH_BASE[sym] + r.take(LENGTH_EXTRA[sym]);
          var dsym = r.symbol(codes[1]);
          if (dsym >= 30) fail('an invalid distance code');
          var distance = DISTANCE_BASE[dsym] + r.take(DISTANCE_EXTRA[dsym]);
          if (distance > n) fail('a distance before the start');
          if (n + length > out.length) fail('more data than the trailer says');
          for (var k = 0; k < length; k++, n++) out[n] = out[n - distance];
        }
      }
    } while (!last);
    if (n !== out.length) fail('less data than the trailer says');
    return out;
  }

  /** The bytes a gzip file holds (one member, as the index writes them). */
  window.PolicybakeGunzip = function (data) {
    if (data.length < 18 || data[0] !== 0x1f || data[1] !== 0x8b || data[2] !== 8) fail('not a gzip file');
    var flags = data[3];
    var pos = 10;
    if (flags & 4) pos += 2 + (data[pos] | (data[pos + 1] << 8));
    if (flags & 8) while (pos < data.length && data[pos++] !== 0);
    if (flags & 16) while (pos < data.length && data[pos++] !== 0);
    if (flags & 2) pos += 2;
    var end = data.length - 8;
    if (pos > end) fail('the data ends too soon');
    var size = (data[end + 4] | (data[end + 5] << 8) | (data[end + 6] << 16) | (data[end + 7] << 24)) >>> 0;
    return inflate(data, pos, end, new Uint8Array(size));
  };
}());
