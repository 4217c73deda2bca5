import { cccdProblem } from '../dossier/identity';

/**
 * Citizen ID (CCCD) numbers found in OCR text, offered to the officer so the applicant's number
 * need not be retyped. Tolerates what scans and OCR do to a number: groups separated by spaces or
 * dots ("0892 0000 1234", "089.200.001.234") and the letters O/o read for 0 and I/l read for 1, but
 * only inside a group that stands apart from words and holds at least one real digit ("O892",
 * "I234"; never "lo" or a glued "No1234"). Only numbers that
 * pass `cccdProblem` are offered; numbers right after a label ("Số", "Số định danh", "No.", …) come
 * first, then the rest in reading order. Pure.
 */
export type RecognisedId = { value: string; kind: 'cccd' };

const CCCD_LENGTH = 12;
const CONFUSABLE: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1' };
const GROUP = /[0-9OoIl]+/g;
const SEPARATOR = /^[ .\u00a0]{1,2}$/;
const LETTER = /[\p{L}\p{M}]/u;
const LABEL =
  /(?:^|[^\p{L}])(?:số|sô|so|no|cccd|cmnd|định danh(?: cá nhân)?|căn cước(?: công dân)?|id|identification(?: number)?)[^\p{L}\p{N}]*$/u;

type Group = { start: number; digits: string };

/** The group's digits with confusable letters read as digits, or null when it is not a number. */
function digitsOf(text: string, start: number, end: number): string | null {
  const before = text[start - 1];
  const after = text[end];
  if ((before !== undefined && LETTER.test(before)) || (after !== undefined && LETTER.test(after))) return null;
  const raw = text.slice(start, end);
  if (!/\d/.test(raw)) return null; // "lo", "IO": a word or a numeral, not part of a number
  return raw.replace(/[OoIl]/g, (c) => CONFUSABLE[c]!);
}

/** Runs of number groups joined only by single spaces or dots; anything else ends a run. */
function runsIn(text: string): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(GROUP)) {
    const start = m.index;
    const end = start + m[0].length;
    const digits = digitsOf(text, start, end);
    const joined = lastEnd >= 0 && SEPARATOR.test(text.slice(lastEnd, start));
    if (!joined || digits === null) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (digits !== null) run.push({ start, digits });
    lastEnd = digits === null ? -1 : end;
  }
  if (run.length) runs.push(run);
  return runs;
}

function isLabelled(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let prefix = text.slice(lineStart, start);
  // The label may sit alone on the line above (card layouts often read that way).
  if (prefix.trim() === '' && lineStart > 0) prefix = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return LABEL.test(prefix.toLowerCase());
}

export function idNumbersIn(text: string): RecognisedId[] {
  const normalised = text.normalize('NFC');
  const found = new Map<string, { labelled: boolean; at: number }>();
  for (const run of runsIn(normalised)) {
    // Every start in the run is tried, so stray digits before a number cannot hide it.
    for (let i = 0; i < run.length; i++) {
      let value = '';
      for (let j = i; j < run.length && value.length < CCCD_LENGTH; j++) value += run[j]!.digits;
      if (value.length !== CCCD_LENGTH || cccdProblem(value) !== null) continue;
      const at = run[i]!.start;
      const labelled = isLabelled(normalised, at);
      const seen = found.get(value);
      if (!seen) found.set(value, { labelled, at });
      else if (labelled && !seen.labelled) found.set(value, { labelled, at });
    }
  }
  return [...found.entries()]
    .sort(([, a], [, b]) => Number(b.labelled) - Number(a.labelled) || a.at - b.at)
    .map(([value]) => ({ value, kind: 'cccd' as const }));
}
