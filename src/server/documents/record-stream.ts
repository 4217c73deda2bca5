/**
 * Records of a JSON file read as a stream, one at a time, never the whole file in memory: a JSON
 * array (`[{…},{…}]`, elements cut out by a small scanner that tracks strings and nesting) or JSON
 * lines (one record per line; blank lines ignored). Which one is decided by the first character.
 */
import fs from 'node:fs';

/** A record that could not be read as JSON: reported like any bad record, the others go on. */
export class UnreadableRecord {
  constructor(readonly message: string) {}
}

const parse = (text: string, where: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    return new UnreadableRecord(`${where} không phải JSON hợp lệ: ${(err as Error).message}`);
  }
};

async function* lines(chunks: AsyncIterable<string>, first: string): AsyncGenerator<unknown> {
  let rest = '';
  let n = 0;
  const emit = function* (line: string) {
    n++;
    if (line.trim() !== '') yield parse(line, `Dòng ${n}`);
  };
  const whole = function* (chunk: string) {
    rest += chunk;
    let at = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', at)) {
      yield* emit(rest.slice(at, nl));
      at = nl + 1;
    }
    rest = rest.slice(at);
  };
  yield* whole(first);
  for await (const chunk of chunks) yield* whole(chunk);
  yield* emit(rest);
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN = new Set([91, 123]);
const CLOSE = new Set([93, 125]);

async function* arrayElements(chunks: AsyncIterable<string>, first: string): AsyncGenerator<unknown> {
  // State carried across chunks: nesting depth, inside a string, after a backslash, start of the element.
  let buf = first;
  let i = buf.indexOf('[') + 1;
  let depth = 1;
  let inString = false;
  let escaped = false;
  let start = -1;
  let n = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (c <= 32) continue;
      if (depth === 1 && (c === COMMA || c === 93)) {
        if (start >= 0) {
          yield parse(buf.slice(start, i), `Phần tử ${n++}`);
          start = -1;
        }
        if (c === 93) return;
        continue;
      }
      if (start < 0 && depth === 1) start = i;
      if (c === QUOTE) inString = true;
      else if (OPEN.has(c)) depth++;
      else if (CLOSE.has(c)) depth--;
    }
    // Keep only the element being read, so memory holds one record, not the file.
    if (start >= 0) {
      buf = buf.slice(start);
      i -= start;
      start = 0;
    } else {
      buf = '';
      i = 0;
    }
    const next = await iterator.next();
    if (next.done) break;
    buf += next.value;
  }
  if (start >= 0) yield new UnreadableRecord('Tệp JSON kết thúc giữa chừng (thiếu "]")');
}

/** The records of a `.json` (array) or `.jsonl` file, streamed. */
export async function* readRecords(file: string): AsyncGenerator<unknown> {
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  let first = '';
  // Read until the first meaningful character decides the format.
  while (first.trim() === '') {
    const next = await chunks.next();
    if (next.done) return;
    first += next.value.replace(/^\uFEFF/, '');
  }
  const rest: AsyncIterable<string> = { [Symbol.asyncIterator]: () => chunks };
  yield* first.trimStart().startsWith('[') ? arrayElements(rest, first) : lines(rest, first);
}
