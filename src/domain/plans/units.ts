/**
 * Lead and coordinating units as written ("Phòng Hành chính tư pháp, Bộ trợ tư pháp", "Văn phòng Sở;
 * UBND cấp huyện, cấp xã") matched to the agency's units. The text is split at commas, semicolons and
 * line breaks; a part matches a unit when, folded, its words and the unit's name share at least 60 %
 * (Jaccard), or the part is the unit's code ("Phòng HCTP" names HCTP). Folding also forgives the seeds'
 * typo "Bộ trợ" for "Bổ trợ". Generic parts ("Phòng, đơn vị có liên quan") match nothing and stay text.
 */
import { foldText } from './fold';

export type UnitRef = { readonly id: string; readonly code: string; readonly name: string };

const words = (s: string) => new Set(foldText(s).replace(/[^a-z0-9& ]/g, ' ').split(' ').filter((w) => w.length > 0));
const GENERIC = /^(?:cac\s+)?(?:phong|don\s+vi|co\s+quan)(?:\s|,|$)/;

function similarity(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common || 1);
}

/** Units named in a cell, each once, in the order written. */
export function matchUnits(text: string, units: readonly UnitRef[]): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,;\n]|\s-\s/u)) {
    const f = foldText(part);
    if (f.length < 2) continue;
    const w = words(part);
    const byCode = units.find((u) => w.has(u.code.toLowerCase()) && u.code.length >= 2);
    let best: UnitRef | undefined = byCode;
    let score = byCode ? 1 : 0;
    if (!byCode && !(GENERIC.test(f) && w.size <= 5 && /lien\s+quan|thuoc|chuyen\s+mon/.test(f))) {
      for (const u of units) {
        const s = similarity(w, words(u.name));
        if (s > score) [best, score] = [u, s];
      }
    }
    if (best && score >= 0.6 && !out.includes(best.id)) out.push(best.id);
  }
  return out;
}
