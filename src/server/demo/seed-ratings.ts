import { localDateOf } from '../../domain/calendar';
import type { BulkRating } from '../storage/rating-bulk';

/**
 * Ratings for the demo dossiers returned to the applicant (TT 01/2018 art. 13), so the evaluation
 * pages (docs/adr/0021-evaluation.md) have citizen-side indicators to show: about 70% of returned
 * dossiers rated; the time as the applicant saw it follows the dossier (late when it was late, early
 * most of the time when it was resolved before the due date); mostly one visit and one body, mostly
 * satisfied, a few dissatisfied. Reproducible from a seed.
 */
export type ReturnedDossier = { id: string; status: number; dueAt: Date | null; finishedAt: Date | null; returnedAt: Date | null; late: boolean; channel: string };

const COMMENTS = ['Cán bộ hướng dẫn tận tình, dễ hiểu.', 'Nhận kết quả nhanh hơn hẹn.', 'Thủ tục thuận tiện.', 'Phải chờ lâu ở quầy.', null, null, null];

export function demoRatings(dossiers: readonly ReturnedDossier[], now: Date, seed = 61): BulkRating[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    let x = rnd() * pairs.reduce((a, [, w]) => a + w, 0);
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[0]![0];
  };
  const out: BulkRating[] = [];
  for (const d of dossiers) {
    if (d.status !== 10 || !d.returnedAt || rnd() >= 0.7) continue;
    const early = d.dueAt && d.finishedAt && localDateOf(d.finishedAt) < localDateOf(d.dueAt);
    const time = d.late ? 'late' : early && rnd() < 0.8 ? 'early' : 'on_time';
    const createdAt = new Date(Math.min(now.getTime() - 60_000, d.returnedAt.getTime() + Math.floor(rnd() * 48) * 3_600_000));
    out.push({
      dossierId: d.id,
      time,
      contacts: weighted([[1, 75], [2, 18], [3, 7]]),
      bodies: weighted([[1, 85], [2, 12], [3, 3]]),
      attitude: weighted([[5, 45], [4, 35], [3, 13], [2, 5], [1, 2]]),
      comment: COMMENTS[Math.floor(rnd() * COMMENTS.length)] ?? null,
      channel: d.channel === 'online' ? weighted([['portal', 3], ['link', 1]]) : weighted([['counter', 3], ['link', 1]]),
      createdAt,
    });
  }
  return out;
}
