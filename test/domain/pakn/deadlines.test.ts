import { describe, expect, it } from 'vitest';
import { createStandardCalendar } from '../../../src/domain/calendar';
import { PAKN_DVCQG_2022, PaknRuleSet, paknActiveDue, paknClock, paknExtendedDue, paknPublishDue, paknRuleSetFor, withinDue } from '../../../src/domain/pakn';

const cal = createStandardCalendar(2020, 2030);
const iso = (d: Date) => d.toISOString();
const at = (s: string) => new Date(s);

describe('PAKN deadlines (DVCQG 2/5/15/2 working days) from the calendar engine', () => {
  it('received on the Thursday before Tết 2026: the 9 days off (14–22/2) are skipped', () => {
    // Thu 12/2 09:00. Working days after it: Fri 13/2 (1), Mon 23/2 (2), Tue 24 (3), Wed 25 (4), Thu 26 (5),
    // Fri 27 (6), Mon 2/3 (7), Tue 3 (8), Wed 4 (9), Thu 5 (10), Fri 6 (11), Mon 9 (12), Tue 10 (13), Wed 11 (14), Thu 12/3 (15).
    const c = paknClock(cal, PAKN_DVCQG_2022, at('2026-02-12T09:00:00+07:00'));
    expect(iso(c.refuseDue)).toBe(iso(at('2026-02-23T09:00:00+07:00')));
    expect(iso(c.forwardDue)).toBe(iso(at('2026-02-26T09:00:00+07:00')));
    expect(iso(c.supplementDue)).toBe(iso(at('2026-02-26T09:00:00+07:00')));
    expect(iso(c.processDue)).toBe(iso(at('2026-03-12T09:00:00+07:00')));
  });

  it('received on a Saturday evening before Tết 2025: the clock starts at the opening after the holiday', () => {
    // Sat 25/1/2025 is the first day off (25/1–2/2): counts from Mon 3/2 07:00. +2 WD → Wed 5/2 07:00; +15 WD → Mon 24/2 07:00.
    const c = paknClock(cal, PAKN_DVCQG_2022, at('2025-01-25T20:00:00+07:00'));
    expect(iso(c.refuseDue)).toBe(iso(at('2025-02-05T07:00:00+07:00')));
    expect(iso(c.processDue)).toBe(iso(at('2025-02-24T07:00:00+07:00')));
  });

  it('publication is due 2 working days after approval; a make-up Saturday counts (Sat 10/1/2026)', () => {
    // Approved Thu 8/1/2026 15:00 → Fri 9/1 (1), Sat 10/1 make-up day (2) → 10/1 15:00.
    expect(iso(paknPublishDue(cal, PAKN_DVCQG_2022, at('2026-01-08T15:00:00+07:00')))).toBe(iso(at('2026-01-10T15:00:00+07:00')));
  });

  it('an extension adds working days to the processing deadline, across 30/4–3/5/2026', () => {
    // Wed 29/4 10:00 + 3 WD: Thu 30/4 – Sun 3/5 off → Mon 4/5 (1), Tue 5 (2), Wed 6/5 (3).
    expect(iso(paknExtendedDue(cal, at('2026-04-29T10:00:00+07:00'), 3))).toBe(iso(at('2026-05-06T10:00:00+07:00')));
  });

  it('the working deadline of each status', () => {
    const d = { processDue: at('2026-03-12T09:00:00+07:00'), publishDue: at('2026-03-16T09:00:00+07:00') };
    expect(paknActiveDue('received', d)).toBe(d.processDue);
    expect(paknActiveDue('in_progress', d)).toBe(d.processDue);
    expect(paknActiveDue('awaiting_approval', d)).toBe(d.processDue);
    expect(paknActiveDue('awaiting_publication', d)).toBe(d.publishDue);
    for (const s of ['awaiting_supplement', 'published', 'refused', 'forwarded', 'merged', 'not_accepted'] as const) expect(paknActiveDue(s, d)).toBeNull();
  });

  it('withinDue: the deadline instant itself is on time, a second later is not', () => {
    const due = at('2026-03-12T09:00:00+07:00');
    expect(withinDue(due, due)).toBe(true);
    expect(withinDue(new Date(due.getTime() + 1000), due)).toBe(false);
    expect(withinDue(due, null)).toBe(true);
  });
});

describe('PAKN rule sets by decision', () => {
  const local = PaknRuleSet.parse({ ...PAKN_DVCQG_2022, id: 'qd-12-2026', decision: 'Quyết định số 12/2026/QĐ-UBND', effectiveFrom: '2026-06-01', processDays: 10 });

  it('the latest rule set effective on the reception date applies', () => {
    const sets = [PAKN_DVCQG_2022, local];
    expect(paknRuleSetFor('2026-05-31', sets).id).toBe('dvcqg-2022');
    expect(paknRuleSetFor('2026-06-01', sets).id).toBe('qd-12-2026');
    expect(paknRuleSetFor('2027-01-01', sets).processDays).toBe(10);
    expect(paknRuleSetFor('2020-01-01', sets).id).toBe('dvcqg-2022');
  });

  it('a rule set is validated data', () => {
    expect(PaknRuleSet.safeParse({ ...PAKN_DVCQG_2022, processDays: 0 }).success).toBe(false);
    expect(PaknRuleSet.safeParse({ ...PAKN_DVCQG_2022, effectiveFrom: '2026-02-30' }).success).toBe(false);
    expect(PaknRuleSet.safeParse({ ...PAKN_DVCQG_2022, id: 'Có Dấu' }).success).toBe(false);
  });
});
