// Evidence spans are byte offsets into the UTF-8 text of a document, while
// JavaScript strings index UTF-16 code units: the two differ after every
// accented, Cyrillic, Turkish or other non-ASCII letter. splitAtBytes cuts a
// string at UTF-8 byte offsets exactly.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// [before, inside, after] of `text` around the UTF-8 byte span [start, end)
// (clamped to the text; an offset inside a character moves to its end).
export function splitAtBytes(text, start, end) {
  const bytes = encoder.encode(text || '');
  const clamp = (n) => {
    let i = Math.max(0, Math.min(Number(n) || 0, bytes.length));
    while (i < bytes.length && (bytes[i] & 0xc0) === 0x80) i += 1;  // not inside a character
    return i;
  };
  const s = clamp(start);
  const e = Math.max(s, clamp(end));
  return [decoder.decode(bytes.subarray(0, s)), decoder.decode(bytes.subarray(s, e)), decoder.decode(bytes.subarray(e))];
}
