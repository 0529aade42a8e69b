/**
 * JSON-RPC messages encoded for a stream transport (stdio) in pieces instead of as one string.
 *
 * A publish of a long policy's diagnostics is a quarter of a megabyte of JSON. As one string (what the default
 * encoder makes, `Buffer.from(JSON.stringify(message))`), V8 lays it out in its large-object space, on pages fresh
 * from the kernel, and copies it flat once more to encode it as UTF-8; on the machines the benchmark runs on, each
 * fresh page costs a page fault of some 15 µs, and that encoding took 2–3 ms of every edit of a 300 KB policy. The
 * large arrays of a message (its diagnostics, a result's symbols or ranges) are encoded here a group of elements at a
 * time: each group's string is small enough for the young generation, whose memory is reused, and the bytes are
 * the same JSON as `JSON.stringify` writes.
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

const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');
const OPEN_OBJECT = Buffer.from('{');
const CLOSE_OBJECT = Buffer.from('}');
const COMMA = Buffer.from(',');

/** Arrays whose elements are never changed once made (see keepEncodings). */
const unchangingElements = new WeakSet<readonly unknown[]>();
/** The JSON bytes of each element of such an array, for as long as the element lives. */
const encodedElements = new WeakMap<object, Buffer>();

/**
 * Marks an array whose elements (objects, and what they hold) will never be changed: the encoder then keeps each
 * element's JSON bytes and reuses them when the same element is sent again. Returns the array.
 */
export function keepEncodings<T extends readonly unknown[]>(elements: T): T {
  unchangingElements.add(elements);
  return elements;
}

/** An element's JSON bytes (`null` for what JSON.stringify leaves out of an array), kept when it is an object. */
function elementBytes(element: unknown): Buffer {
  const object = typeof element === 'object' && element !== null;
  const known = object ? encodedElements.get(element) : undefined;
  if (known) return known;
  const bytes = Buffer.from(JSON.stringify(element) ?? 'null', 'utf8');
  if (object) encodedElements.set(element, bytes);
  return bytes;
}

/** The UTF-8 bytes of `JSON.stringify(value)` (or of `null` where that gives nothing), made in pieces. */
export function jsonBytes(value: unknown): Buffer {
  if (!holdsLargeArray(value, DEPTH)) return Buffer.from(JSON.stringify(value) ?? 'null', 'utf8');
  const parts: Buffer[] = [];
  writeValue(value, parts, DEPTH);
  return Buffer.concat(parts);
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
function writeValue(value: unknown, parts: Buffer[], depth: number): void {
  if (Array.isArray(value)) {
    // Elements JSON.stringify leaves out of an object (undefined, functions) are null in an array, in a group too.
    parts.push(OPEN_ARRAY);
    if (unchangingElements.has(value)) {
      for (let i = 0; i < value.length; i++) {
        if (i > 0) parts.push(COMMA);
        parts.push(elementBytes(value[i]));
      }
      parts.push(CLOSE_ARRAY);
      return;
    }
    for (let i = 0; i < value.length; i += GROUP) {
      const group = Buffer.from(JSON.stringify(value.slice(i, i + GROUP)), 'utf8');
      if (i > 0) parts.push(COMMA);
      parts.push(group.subarray(1, group.length - 1));
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
      parts.push(Buffer.from(separator, 'utf8'));
      writeValue(member, parts, depth - 1);
    } else {
      // What JSON.stringify leaves out of an object (undefined, functions, symbols) gives no JSON: no member.
      const json = JSON.stringify(member);
      if (json === undefined) continue;
      parts.push(Buffer.from(separator + json, 'utf8'));
    }
    first = false;
  }
  parts.push(CLOSE_OBJECT);
}
