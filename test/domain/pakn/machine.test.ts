import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availablePaknActions,
  paknBlockedReason,
  paknStatusAfter,
  PAKN_ACTIONS,
  PAKN_FINAL,
  PAKN_STATUSES,
  PAKN_TARGET,
  PAKN_TRANSITIONS,
  type PaknGuardState,
} from '../../../src/domain/pakn';

const state = (over: Partial<PaknGuardState> = {}): PaknGuardState => ({ status: 'received', category: null, withinCompetence: null, extended: false, rating: null, ...over });

describe('PAKN state machine', () => {
  it('final statuses allow nothing except rating a published answer', () => {
    for (const s of PAKN_FINAL) expect(PAKN_TRANSITIONS[s]).toEqual(s === 'published' ? ['rate'] : []);
  });

  it('a handler on a new item: acknowledge, refuse, classify, forward, merge', () => {
    expect(availablePaknActions(state(), ['handler'])).toEqual(['acknowledge', 'refuse', 'classify', 'forward', 'merge']);
  });

  it('draft answer needs a classification within competence', () => {
    expect(paknBlockedReason(state({ status: 'in_progress' }), 'draft_answer', ['handler'])).toBe('unclassified');
    expect(paknBlockedReason(state({ status: 'in_progress', category: 'regulation', withinCompetence: false }), 'draft_answer', ['handler'])).toBe('outside_competence');
    expect(paknBlockedReason(state({ status: 'in_progress', category: 'regulation', withinCompetence: true }), 'draft_answer', ['handler'])).toBeNull();
  });

  it('only a leader approves, returns a draft or extends; a handler publishes', () => {
    const s = state({ status: 'awaiting_approval', category: 'regulation', withinCompetence: true });
    expect(paknBlockedReason(s, 'approve', ['handler'])).toBe('role');
    expect(paknBlockedReason(s, 'approve', ['leader'])).toBeNull();
    expect(availablePaknActions(s, ['handler'])).toEqual(['draft_answer']);
    expect(availablePaknActions(s, ['handler', 'leader'])).toEqual(['draft_answer', 'return_draft', 'approve', 'extend']);
    expect(availablePaknActions(state({ status: 'awaiting_publication' }), ['handler'])).toEqual(['publish']);
  });

  it('an extension once; a rating once; the sender supplements and rates only', () => {
    expect(paknBlockedReason(state({ status: 'in_progress', extended: true }), 'extend', ['leader'])).toBe('extended_once');
    expect(paknBlockedReason(state({ status: 'published', rating: 'satisfied' }), 'rate', ['sender'])).toBe('already_rated');
    expect(availablePaknActions(state({ status: 'awaiting_supplement' }), ['sender'])).toEqual(['supplement']);
    expect(availablePaknActions(state({ status: 'published' }), ['sender'])).toEqual(['rate']);
    expect(availablePaknActions(state({ status: 'in_progress' }), ['sender'])).toEqual([]);
  });

  it('the lifecycle: received → in progress → awaiting approval → awaiting publication → published', () => {
    let s = 'received' as PaknGuardState['status'];
    for (const a of ['acknowledge', 'classify', 'draft_answer', 'return_draft', 'draft_answer', 'approve', 'publish', 'rate'] as const) s = paknStatusAfter(s, a);
    expect(s).toBe('published');
    expect(paknStatusAfter('awaiting_supplement', 'supplement')).toBe('in_progress');
  });

  it('property: an allowed action leads where the target table says, and never out of a final status', () => {
    const arb = fc.record({
      status: fc.constantFrom(...PAKN_STATUSES),
      category: fc.constantFrom(null, 'behaviour', 'regulation', 'proposal' as const),
      withinCompetence: fc.constantFrom(null, true, false),
      extended: fc.boolean(),
      rating: fc.constantFrom(null, 'satisfied', 'unsatisfied' as const),
    });
    const who = fc.subarray(['handler', 'leader', 'sender'] as const, { minLength: 1 });
    fc.assert(
      fc.property(arb, who, fc.constantFrom(...PAKN_ACTIONS), (s, w, a) => {
        const ok = paknBlockedReason(s, a, w) === null;
        expect(ok).toBe(availablePaknActions(s, w).includes(a));
        if (ok) {
          expect((PAKN_TRANSITIONS[s.status] as readonly string[]).includes(a)).toBe(true);
          expect(paknStatusAfter(s.status, a)).toBe(PAKN_TARGET[a] ?? s.status);
          if (PAKN_FINAL.includes(s.status)) expect(a).toBe('rate');
        }
      }),
      { seed: 20261122, numRuns: 2000 },
    );
  });
});
