/**
 * Comparing section titles as a reader would: case, punctuation, typographic quotes and small words do not
 * make two titles different; word endings ("share"/"sharing", "disclose"/"disclosure") count as the same word.
 */

const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'as',
  'do', 'does', 'we', 'us', 'our', 'you', 'your', 'i', 'my', 'how', 'what', 'this', 'that', 'these', 'its', 'is',
  'are', 'be', 'can', 'will', 'may', 'to', 'it', 'their', 'they', 'which', 'who', 'whom', 'when', 'where', 'why',
  '的', '和', '与', '及', '我们', '您', '你',
]);

/** Lower-case, straight quotes, letters/digits/CJK only, single spaces. */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Crude English stemmer: enough to equate "sharing"/"share", "disclosure"/"disclose", "minors'"/"minor". */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  // Short plurals ("SDKs", "apps") lose their s; longer words go through the suffix list.
  if (w.length <= 5 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  for (const suffix of ['ation', 'ition', 'ion', 'ments', 'ment', 'ings', 'ing', 'ures', 'ure', 'ies', 'ied', 'ers', 'ed', 'ly', 'es', 'er', 's', 'e']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** The meaningful words of a title, stemmed, in order. CJK text is split into characters. */
export function titleWords(title: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeTitle(title).split(' ')) {
    if (!raw || STOPWORDS.has(raw)) continue;
    if (/[\u3400-\u9fff]/.test(raw)) {
      for (const ch of raw) if (!STOPWORDS.has(ch)) out.push(ch);
    } else out.push(stem(raw));
  }
  return out;
}

/** A key under which titles that differ only in case, punctuation and small words are equal. */
export function titleKey(title: string): string {
  return titleWords(title).join(' ');
}

/** Dice coefficient of the two titles' word sets, 0..1. */
export function titleSimilarity(a: string, b: string): number {
  const wa = new Set(titleWords(a));
  const wb = new Set(titleWords(b));
  if (wa.size === 0 && wb.size === 0) return normalizeTitle(a) === normalizeTitle(b) ? 1 : 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Same title for a reader: equal words, in any order ("SDK Description" / "Description of SDKs"). */
export function sameTitle(a: string, b: string): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (wa.join(' ') === wb.join(' ')) return true;
  return wa.length === wb.length && [...wa].sort().join(' ') === [...wb].sort().join(' ');
}
