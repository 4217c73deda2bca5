/**
 * Measurable targets written in plan tasks ("Phấn đấu đạt ít nhất 80% thủ tục hành chính được tích hợp,
 * cung cấp trên Cổng Dịch vụ công quốc gia") as data for the 766 scorecard (ADR 0024). Each percentage
 * is read with its clause (split at ";", "." and "trong (số) đó"); the clause's words name the scorecard
 * key (PLAN_TARGETS in domain/indicators), else the target is kept as 'other'. "trên 60%" is 'above',
 * everything else 'atLeast'; a range "35- 45%" keeps its lower end, like the scorecard's defaults.
 */
import type { PlanTarget, PlanTargetKey } from '../indicators/plan-targets';
import { foldAligned } from './fold';
import type { TaskTarget } from './model';

const KEYS: readonly [PlanTargetKey, RegExp][] = [
  ['not_resubmitting', /khong\s+phai\s+cung\s+cap\s+lai/],
  ['postal_dossiers', /buu\s+chinh/],
  ['paid_online', /(?:ty\s+le\s+giao\s+dich|ho\s+so)\b.*thanh\s+toan\s+truc\s+tuyen|thanh\s+toan\s+truc\s+tuyen.*ty\s+le\s+giao\s+dich/],
  ['satisfied', /%\s*(?:nguoi\s+dan|ca\s+nhan|to\s+chuc)[^%]*hai\s+long|muc\s+do\s+hai\s+long/],
  ['early', /truoc\s+han/],
  ['on_time', /dung\s+han/],
  ['digitised', /so\s+hoa\s+ho\s+so/],
  ['online_dossiers', /ho\s+so\b.*truc\s+tuyen|truc\s+tuyen\b.*ho\s+so/],
];

/** The scorecard key of a percentage, from its clause and the words right after it. */
function keyOf(clause: string, after: string): PlanTargetKey | 'other' {
  // "80% thủ tục hành chính được tích hợp, cung cấp trên Cổng DVCQG": the percentage counts procedures.
  if (/^\d+\s*%\s*(?:so\s+)?(?:thu\s+tuc|tthc)\b/.test(after) && /(?:tich\s+hop|cung\s+cap)\s.*cong\s+dich\s+vu\s+cong\s+quoc\s+gia/.test(clause)) return 'integrated_national_portal';
  if (/do\s+luong/.test(clause)) return 'other';
  return KEYS.find(([, re]) => re.test(clause))?.[0] ?? 'other';
}

const CLAUSE_BREAK = /[;.](?:\s|$)|\n|,?\s+trong\s+(?:so\s+)?do,?\s/g;

/** Targets of one text (content, product or notes of a task). */
export function targetsOf(text: string): TaskTarget[] {
  const { original, folded } = foldAligned(text);
  const out: TaskTarget[] = [];
  let start = 0;
  const ends = [...folded.matchAll(CLAUSE_BREAK)].map((m) => ({ at: m.index, len: m[0].length }));
  ends.push({ at: folded.length, len: 0 });
  for (const end of ends) {
    const clause = folded.slice(start, end.at);
    const written = original.slice(start, end.at).trim();
    start = end.at + end.len;
    for (const m of clause.matchAll(/(?<![\d.,])(\d{1,3})\s*%/g)) {
      const value = Number(m[1]) / 100;
      if (value > 1) continue;
      const before = clause.slice(0, m.index);
      // In a range "35- 45%" the lower end is taken, as the scorecard's defaults do.
      const range = /(\d{1,3})\s*-\s*$/.exec(before);
      const low = range ? Number(range[1]) / 100 : value;
      const landOnly = /dat\s+dai|xay\s+dung|dau\s+tu/.test(clause) && /hai\s+long/.test(clause) && /trong\s+do|linh\s+vuc/.test(before);
      const key = landOnly ? 'other' : keyOf(clause, clause.slice(m.index));
      out.push({ key, value: low, comparison: /(?:tren|hon)\s+$/.test(before.slice(-8)) ? 'above' : 'atLeast', text: written });
    }
  }
  return out;
}

/** Targets of a task: every percentage, each scorecard key once (the first written). */
export function taskTargets(parts: readonly string[]): TaskTarget[] {
  const all = parts.flatMap(targetsOf);
  const seen = new Set<string>();
  return all.filter((t) => t.key === 'other' || (!seen.has(t.key) && (seen.add(t.key), true)));
}

/**
 * The plan's targets in the scorecard's shape ({ key, target }): known keys only, the first task that
 * names a key wins. The scorecard reads these for its target-vs-actual view (PLAN_TARGETS).
 */
export function scorecardTargets(targets: readonly TaskTarget[]): PlanTarget[] {
  const out = new Map<PlanTargetKey, number>();
  for (const t of targets) if (t.key !== 'other' && !out.has(t.key)) out.set(t.key, t.value);
  return [...out].map(([key, target]) => ({ key, target }));
}
