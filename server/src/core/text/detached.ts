/**
 * Strings that outlive the text they were cut from.
 *
 * V8 keeps a slice of a long string as a view into the whole of it: a line title cut from one version of a 3 MB
 * policy holds that entire version in memory for as long as the title lives. Records carried from one version of
 * a document to the next (see reparsePolicy) would so keep every version typed: what is read afresh from a new
 * version and carried on is copied first.
 */

/** Below this length V8 copies a slice anyway (SlicedString::kMinLength). */
const MIN_VIEW_LENGTH = 13;

/** The same characters as `s`, in a string of its own that holds no other text alive. */
export function detached(s: string): string {
  // Concatenation makes a pair that slicing flattens into a fresh string; the slice is then a view of that copy.
  return s.length < MIN_VIEW_LENGTH ? s : (' ' + s).slice(1);
}
