// The page's evidence highlighting: UTF-8 byte spans cut JavaScript strings
// exactly, for Cyrillic, Turkish and accented text (run by CTest: web_spans).
import assert from 'node:assert/strict';
import { splitAtBytes } from '../../../http/web/src/spans.js';

// The byte span of `part` in `text`, as the store records it.
function byteSpan(text, part) {
  const at = text.indexOf(part);
  const start = Buffer.byteLength(text.slice(0, at), 'utf8');
  return [start, start + Buffer.byteLength(part, 'utf8')];
}

const cases = [
  ['Эльдар Таджибаев, председатель ГМПРК, арестован.', 'председатель ГМПРК'],
  ['Öz Çelik-İş sendikası genel başkanı Uğur Doğan grevi açıkladı.', 'Uğur Doğan'],
  ['Les salariés de Renault à Flins ont voté la grève.', 'voté la grève'],
  ['Plain ASCII: the union struck.', 'the union'],
  ['Emoji 🚩 before a union: Teamsters Local 952.', 'Teamsters Local 952'],
];
for (const [text, part] of cases) {
  const [start, end] = byteSpan(text, part);
  const [before, inside, after] = splitAtBytes(text, start, end);
  assert.equal(inside, part, text);
  assert.equal(before + inside + after, text);
}
// Out-of-range and reversed spans are clamped; an offset inside a character moves past it.
assert.deepEqual(splitAtBytes('abc', 5, 9), ['abc', '', '']);
assert.deepEqual(splitAtBytes('abc', 2, 1), ['ab', '', 'c']);
assert.deepEqual(splitAtBytes('яблоко', 1, 4), ['я', 'б', 'локо']);
assert.deepEqual(splitAtBytes('', 0, 3), ['', '', '']);
console.log('spans: ok');
