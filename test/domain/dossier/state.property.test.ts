import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/domain/access';
import {
  ACTION_NAMES,
  ACTION_RULES,
  PAYLOADS,
  apply,
  availableActions,
  cccdProblem,
  checkProcess,
  defaultProcess,
  dossierCode,
  DOSSIER_CODE_PATTERN,
  initialState,
  isTerminal,
  reduce,
  STATUSES,
  taxCodeProblem,
  type ActionRecord,
  type StatusCode,
} from '../../../src/domain/dossier';

const steps = defaultProcess({ amount: 10, unit: 'working_days', asWritten: '10 ngày làm việc' });
const OFFICERS: { userId: string; roles: Role[] }[] = [
  { userId: 'u-reception', roles: ['reception'] },
  { userId: 'u-specialist', roles: ['specialist'] },
  { userId: 'u-head', roles: ['unit_head'] },
  { userId: 'u-director', roles: ['agency_head'] },
];
const samplePayload: Record<string, Record<string, unknown>> = {
  assign: { assignee: 'u-specialist' },
  transfer: { agencyCode: '000.00.16.H04', reason: 'liên thông' },
};

describe('dossier state machine (property)', () => {
  it('any sequence of allowed actions keeps status = reduce(history) and never breaks an invariant', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(100)), { maxLength: 40 }), (choices) => {
        const history: ActionRecord[] = [{ action: 'create', actor: 'u-reception', payload: { status: 2 } }];
        let state = initialState(2);
        for (const [who, pick] of choices) {
          const officer = OFFICERS[who]!;
          const allowed = availableActions(state, steps, officer);
          if (allowed.length === 0) continue;
          const action = allowed[pick % allowed.length]!;
          // Every allowed action is allowed by the table: status and role.
          expect((ACTION_RULES[action].from as readonly number[]).includes(state.status)).toBe(true);
          const rec: ActionRecord = { action, actor: officer.userId, payload: samplePayload[action] ?? {} };
          history.push(rec);
          state = apply(state, steps, rec);
          // Invariants.
          expect(Object.keys(STATUSES).map(Number)).toContain(state.status);
          expect(state.step).toBeGreaterThanOrEqual(0);
          expect(state.step).toBeLessThan(steps.length);
          expect(state.openConsultations).toBeGreaterThanOrEqual(0);
          expect(state.supplementRequests).toBeLessThanOrEqual(1);
          if (state.status === 9) expect(steps[state.step]!.kind).toBe('return');
        }
        expect(reduce(steps, history)).toEqual(state);
        if (isTerminal(state.status)) for (const o of OFFICERS) expect(availableActions(state, steps, o)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('terminal statuses allow nothing; 9 allows only returning the result', () => {
    for (const status of [3, 7, 8, 10] as StatusCode[]) {
      for (const o of OFFICERS) expect(availableActions({ ...initialState(2), status }, steps, o)).toEqual([]);
    }
    expect(availableActions({ ...initialState(2), status: 9, step: steps.length - 1 }, steps, OFFICERS[0]!)).toEqual(['return_result']);
  });

  it('every action has a payload schema and a rule', () => {
    for (const a of ACTION_NAMES) {
      expect(PAYLOADS[a]).toBeDefined();
      expect(ACTION_RULES[a].from.length).toBeGreaterThan(0);
    }
  });
});

describe('processes', () => {
  it('the default process fits the statutory time exactly or under it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (days) => {
        const t = { amount: days, unit: 'working_days' as const, asWritten: `${days} ngày` };
        expect(checkProcess(defaultProcess(t), t)).toEqual([]);
      }),
    );
  });

  it('refuses shares over the statutory time, a missing receive step, duplicate keys', () => {
    const t = { amount: 2, unit: 'working_days' as const, asWritten: '2 ngày' };
    const over = defaultProcess({ amount: 5, unit: 'working_days', asWritten: '5' });
    expect(checkProcess(over, t).map((p) => p.path)).toEqual(['steps']);
    const [first, ...rest] = defaultProcess(t);
    expect(checkProcess(rest, t).map((p) => p.path)).toContain('steps.0.kind');
    expect(checkProcess([first!, first!, ...rest], t).map((p) => p.path)).toContain('steps.1.key');
  });
});

describe('identifiers and codes', () => {
  it('validates CCCD numbers and tax codes', () => {
    expect(cccdProblem('089195000123')).toBeNull();
    expect(cccdProblem('000195000123')).not.toBeNull();
    expect(cccdProblem('08919500012')).not.toBeNull();
    expect(taxCodeProblem('0100109106')).toBeNull(); // check digit 6
    expect(taxCodeProblem('0100109107')).not.toBeNull();
    expect(taxCodeProblem('0100109106-001')).toBeNull();
  });

  it('builds codes of the TT 01/2018 shape', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (seq, d) => {
        const code = dossierCode('000.00.17.H04', d.toISOString().slice(0, 10), seq);
        expect(code).toMatch(DOSSIER_CODE_PATTERN);
        expect(Number(code.slice(-4))).toBe(seq);
      }),
    );
    expect(() => dossierCode('000.00.17.H04', '2026-11-22', 10_000)).toThrow();
  });
});
