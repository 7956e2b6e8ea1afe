/*
 * The classic Snowball Dutch stemmer (Martin Porter's Dutch algorithm, "dutch_porter" in Snowball, the one
 * Lucene's Dutch Snowball filter implements), for stemming search queries in the browser.
 *
 * The site's search index is stemmed at build time by nl.policybake.post.search.DutchStemmer; this script
 * implements the same steps in the same order so that a query word and an indexed word meet at the same stem.
 * Change both together: StemmerJsIT runs browser-tests/stemmer.test.mjs, which checks this file against
 * Snowball's reference vocabulary, as DutchStemmerTest checks the Java class.
 *
 * Usage: PolicybakeStemmer.stem('gemeenten') === 'gemeent'. The word must be one lower-case word.
 * Plain script without dependencies; in node, require() or evaluate it and use module.exports.stem.
 */
(function (global) {
  'use strict';

  var VOWELS = 'aeiouy\u00e8';
  // Upper case cannot occur in a lower-case word, so these mark i and y that act as consonants.
  var CONSONANT_I = 'I';
  var CONSONANT_Y = 'Y';
  // R1 never starts before the fourth letter, whatever the word looks like.
  var MIN_R1 = 3;
  var UNACCENTED = {
    '\u00e4': 'a', '\u00e1': 'a', '\u00eb': 'e', '\u00e9': 'e', '\u00ef': 'i',
    '\u00ed': 'i', '\u00f6': 'o', '\u00f3': 'o', '\u00fc': 'u', '\u00fa': 'u'
  };

  function isVowel(c) {
    return c !== undefined && c !== '' && VOWELS.indexOf(c) >= 0;
  }

  function stem(word) {
    if (typeof word !== 'string') throw new TypeError('stem expects a string');
    var w = word;
    var r1, r2;
    var eRemoved = false;

    function endsWithAt(text, end) {
      var start = end - text.length;
      return start >= 0 && w.slice(start, end) === text;
    }
    function endsWith(suffix) { return endsWithAt(suffix, w.length); }
    function cut(start) { w = w.slice(0, start); }
    function hasNonVowelBefore(index) { return index > 0 && !isVowel(w.charAt(index - 1)); }
    function setCharAt(i, c) { w = w.slice(0, i) + c + w.slice(i + 1); }

    function prelude() {
      var chars = w.split('');
      for (var k = 0; k < chars.length; k++) {
        if (UNACCENTED.hasOwnProperty(chars[k])) chars[k] = UNACCENTED[chars[k]];
      }
      w = chars.join('');
      if (w.charAt(0) === 'y') setCharAt(0, CONSONANT_Y);
      var i = 0;
      while (true) {
        while (i < w.length && !isVowel(w.charAt(i))) i++;
        if (++i >= w.length) return;
        var c = w.charAt(i);
        // An i before a vowel is marked, then that vowel is looked at afresh (Snowball's rule for "iiii").
        if (c === 'i') {
          if (i + 1 < w.length && isVowel(w.charAt(i + 1))) setCharAt(i, CONSONANT_I);
          i++;
        } else if (c === 'y') {
          setCharAt(i, CONSONANT_Y);
          i++;
        }
      }
    }

    // Index just past the first non-vowel that follows a vowel at or after `from`, or -1.
    function afterVowelThenNonVowel(from) {
      var i = from;
      while (i < w.length && !isVowel(w.charAt(i))) i++;
      while (i < w.length && isVowel(w.charAt(i))) i++;
      return i < w.length ? i + 1 : -1;
    }

    function markRegions() {
      r1 = w.length;
      r2 = w.length;
      var end = afterVowelThenNonVowel(0);
      if (end < 0) return;
      r1 = Math.max(end, MIN_R1);
      // R2 is searched from where R1's search stopped, not from R1's adjusted start.
      end = afterVowelThenNonVowel(end);
      if (end >= 0) r2 = end;
    }

    function undoubleConsonant() {
      if (endsWith('kk') || endsWith('dd') || endsWith('tt')) cut(w.length - 1);
    }

    // Removes the suffix starting at `start` if it is an -en/-ene ending in R1, then undoubles.
    function removeEn(start) {
      if (start >= r1 && hasNonVowelBefore(start) && !endsWithAt('gem', start)) {
        cut(start);
        undoubleConsonant();
      }
    }

    function removeS(start) {
      if (start >= r1 && hasNonVowelBefore(start) && w.charAt(start - 1) !== 'j') cut(start);
    }

    function step1() {
      var n = w.length;
      if (endsWith('heden')) {
        if (n - 5 >= r1) w = w.slice(0, n - 5) + 'heid';
      } else if (endsWith('ene')) {
        removeEn(n - 3);
      } else if (endsWith('en')) {
        removeEn(n - 2);
      } else if (endsWith('se')) {
        removeS(n - 2);
      } else if (endsWith('s')) {
        removeS(n - 1);
      }
    }

    function removeFinalE() {
      eRemoved = false;
      var start = w.length - 1;
      if (endsWith('e') && start >= r1 && hasNonVowelBefore(start)) {
        cut(start);
        eRemoved = true;
        undoubleConsonant();
      }
    }

    function step3a() {
      var start = w.length - 4;
      if (endsWith('heid') && start >= r2 && !endsWithAt('c', start)) {
        cut(start);
        if (endsWith('en')) removeEn(w.length - 2);
      }
    }

    // Removes a final -ig in R2 that does not follow an e; says whether it did.
    function removeIg() {
      var start = w.length - 2;
      if (!endsWith('ig') || start < r2 || endsWithAt('e', start)) return false;
      cut(start);
      return true;
    }

    function step3b() {
      var n = w.length;
      if (endsWith('end') || endsWith('ing')) {
        if (n - 3 < r2) return;
        cut(n - 3);
        if (!removeIg()) undoubleConsonant();
      } else if (endsWith('ig')) {
        removeIg();
      } else if (endsWith('lijk')) {
        if (n - 4 < r2) return;
        cut(n - 4);
        removeFinalE();
      } else if (endsWith('baar')) {
        if (n - 4 >= r2) cut(n - 4);
      } else if (endsWith('bar')) {
        if (n - 3 >= r2 && eRemoved) cut(n - 3);
      }
    }

    function step4() {
      var n = w.length;
      if (n < 4) return;
      var last = w.charAt(n - 1);
      var vowel = w.charAt(n - 2);
      if (!isVowel(last) && last !== CONSONANT_I && 'aeou'.indexOf(vowel) >= 0 && w.charAt(n - 3) === vowel &&
          !isVowel(w.charAt(n - 4))) {
        w = w.slice(0, n - 2) + w.slice(n - 1);
      }
    }

    prelude();
    markRegions();
    step1();
    removeFinalE();
    step3a();
    step3b();
    step4();
    return w.replace(/I/g, 'i').replace(/Y/g, 'y');
  }

  var api = { stem: stem };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  if (global) global.PolicybakeStemmer = api;
})(typeof window !== 'undefined' ? window : undefined);
