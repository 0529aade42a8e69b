/**
 * JSON-RPC messages encoded for a stream transport (stdio) in pieces instead of as one string.
 *
 * A publish of a long policy's diagnostics is a quarter of a megabyte of JSON. As one string (what the default
 * encoder makes, `Buffer.from(JSON.stringify(message))`), V8 lays it out in its large-object space, on pages fresh
 * from the kernel, and copies it flat once more to encode it as UTF-8; on the machines the benchmark runs on, each
 * fresh page costs a page fault of some 15 µs, and that encoding took 2–3 ms of every edit of a 300 KB policy. The
 * large arrays of a message (its diagnostics, a result's symbols or ranges) are encoded here a group of elements at a
 * time: each group's string is small enough for the young generation, whose memory is reused, and the bytes are
 * the JSON `JSON.stringify` writes (its characters beyond Latin-1 escaped where they are few, see Piece).
 *
 * An array whose elements are never changed once made (see keepEncodings: the server publishes a diagnostic that
 * has not changed since the last publish as the same object) is encoded an element at a time instead, and each
 * element's bytes are kept while it lives: after a keystroke most of a publish is bytes encoded before.
 */
import { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

/** Elements of an array encoded as one string: some 30 KB of JSON for diagnostics, far under V8's 128 KB limit. */
const GROUP = 64;
/** How deep into a message a large array is looked for (the message, its `params` or `result`, their fields). */
const DEPTH = 3;

/**
 * A piece of a message's JSON: its UTF-8 bytes and how many characters beyond Latin-1 it holds. A message with a few
 * of these (an en dash in "Lines 87–125 repeat …") is written with them escaped (`\u2013`): a client decodes the
 * message into one string before parsing it, and one such character makes the whole string take two bytes a
 * character, twice the fresh memory for a publish of a long policy's diagnostics. A message with many (a Chinese
 * policy's titles) is written as it is, the shorter.
 */
interface Piece {
  readonly raw: Buffer;
  readonly wide: number;
  escaped?: Buffer;
}

/** At most one character beyond Latin-1 in this many bytes of a message: they are escaped. */
const FEW_WIDE = 64;
const RE_WIDE = /[\u0100-\uffff]/;
const RE_WIDE_ALL = /[\u0100-\uffff]/g;

function piece(json: string): Piece {
  let wide = 0;
  if (RE_WIDE.test(json)) for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0xff) wide++;
  return { raw: Buffer.from(json, 'utf8'), wide };
}

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The bytes of pieces making one message, its characters beyond Latin-1 escaped when they are few. */
function messageBytes(pieces: Piece[]): Buffer {
  let wide = 0;
  let length = 0;
  for (const p of pieces) {
    wide += p.wide;
    length += p.raw.length;
  }
  const escaping = wide > 0 && wide * FEW_WIDE <= length;
  if (pieces.length === 1) return escaping ? escapedBytes(pieces[0]) : pieces[0].raw;
  return Buffer.concat(pieces.map((p) => (escaping && p.wide ? escapedBytes(p) : p.raw)));
}

function escapedBytes(p: Piece): Buffer {
  return (p.escaped ??= Buffer.from(p.raw.toString('utf8').replace(RE_WIDE_ALL, escape), 'utf8'));
}

const OPEN_ARRAY = piece('[');
const CLOSE_ARRAY = piece(']');
const OPEN_OBJECT = piece('{');
const CLOSE_OBJECT = piece('}');
const COMMA = piece(',');

/** Arrays whose elements are never changed once made (see keepEncodings). */
const unchangingElements = new WeakSet<readonly unknown[]>();
/** The JSON of each element of such an array, for as long as the element lives. */
const encodedElements = new WeakMap<object, Piece>();

/**
 * Marks an array whose elements (objects, and what they hold) will never be changed: the encoder then keeps each
 * element's JSON bytes and reuses them when the same element is sent again. Returns the array.
 */
export function keepEncodings<T extends readonly unknown[]>(elements: T): T {
  unchangingElements.add(elements);
  return elements;
}

/** An element's JSON (`null` for what JSON.stringify leaves out of an array), kept when it is an object. */
function elementPiece(element: unknown): Piece {
  const object = typeof element === 'object' && element !== null;
  const known = object ? encodedElements.get(element) : undefined;
  if (known) return known;
  const encoded = piece(JSON.stringify(element) ?? 'null');
  if (object) encodedElements.set(element, encoded);
  return encoded;
}

/**
 * The UTF-8 bytes of `JSON.stringify(value)` (or of `null` where that gives nothing), made in pieces: the same JSON
 * value, with characters beyond Latin-1 escaped where they are few (see Piece).
 */
export function jsonBytes(value: unknown): Buffer {
  if (!holdsLargeArray(value, DEPTH)) return messageBytes([piece(JSON.stringify(value) ?? 'null')]);
  const pieces: Piece[] = [];
  writeValue(value, pieces, DEPTH);
  return messageBytes(pieces);
}

/** The JSON encoder for vscode-jsonrpc's stream message writer. */
export const chunkedJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(options.charset === 'utf-8' ? jsonBytes(message) : Buffer.from(JSON.stringify(message), options.charset));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};

/** A plain object or array JSON.stringify writes member by member (no toJSON of its own). */
function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) ? proto === Array.prototype : proto === Object.prototype || proto === null;
}

function holdsLargeArray(value: unknown, depth: number): boolean {
  if (!isPlainContainer(value)) return false;
  if (Array.isArray(value)) return value.length > GROUP;
  if (depth === 0) return false;
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key) && holdsLargeArray(value[key], depth - 1)) return true;
  return false;
}

/** Writes a container that holds a large array (see holdsLargeArray) in pieces. */
function writeValue(value: unknown, parts: Piece[], depth: number): void {
  if (Array.isArray(value)) {
    // Elements JSON.stringify leaves out of an object (undefined, functions) are null in an array, in a group too.
    parts.push(OPEN_ARRAY);
    if (unchangingElements.has(value)) {
      for (let i = 0; i < value.length; i++) {
        if (i > 0) parts.push(COMMA);
        parts.push(elementPiece(value[i]));
      }
      parts.push(CLOSE_ARRAY);
      return;
    }
    for (let i = 0; i < value.length; i += GROUP) {
      const group = JSON.stringify(value.slice(i, i + GROUP));
      if (i > 0) parts.push(COMMA);
      parts.push(piece(group.slice(1, -1)));
    }
    parts.push(CLOSE_ARRAY);
    return;
  }
  const object = value as Record<string, unknown>;
  let first = true;
  parts.push(OPEN_OBJECT);
  for (const key in object) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    const member = object[key];
    const separator = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (holdsLargeArray(member, depth - 1)) {
      parts.push(piece(separator));
      writeValue(member, parts, depth - 1);
    } else {
      // What JSON.stringify leaves out of an object (undefined, functions, symbols) gives no JSON: no member.
      const json = JSON.stringify(member);
      if (json === undefined) continue;
      parts.push(piece(separator + json));
    }
    first = false;
  }
  parts.push(CLOSE_OBJECT);
}
