/** Character references as Markdown and HTML write them (`&nbsp;`, `&amp;`, `&#8217;`), read as the characters they stand for. */

// The named ones a policy's headings hold; others are left as written (a library that reads all of HTML's two
// thousand names carries a table of tens of KB, more than the server bundle's room). A no-break space is read as a
// space, as the parser reads U+00A0 (see withPlainSpaces).
const NAMED = new Map(Object.entries({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—' }));
const RE_REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,6}));/gi;

/** `text` with its character references read; unchanged when it has none. */
export function withCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(RE_REFERENCE, (written, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED.get(name) ?? written;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    // (Not NUL, a surrogate alone, nor past Unicode's last code point: such a reference stays as written.)
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return written;
    return code === 0xa0 ? ' ' : String.fromCodePoint(code);
  });
}
