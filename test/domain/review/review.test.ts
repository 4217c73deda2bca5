import { describe, expect, it } from 'vitest';
import { createStandardCalendar } from '../../../src/domain/calendar';
import { FindingInput, fixDueDate, isFixOverdue, mayFollowUp } from '../../../src/domain/inspection';
import {
  availableReviewActions,
  blankAnswers,
  CRITERION_KEYS,
  IMPACT_CRITERION_KEYS,
  nextReviewStatus,
  normaliseAnswers,
  planItemState,
  planProgress,
  submitProblems,
  type CriterionAnswer,
} from '../../../src/domain/review';

const allYes = (): CriterionAnswer[] => CRITERION_KEYS.map((key) => ({ key, answer: 'yes', comment: '', evidence: '' }));

describe('review workflow (draft → submitted → approved)', () => {
  it('allows only the listed transitions', () => {
    expect(nextReviewStatus('draft', 'submit')).toBe('submitted');
    expect(nextReviewStatus('submitted', 'approve')).toBe('approved');
    expect(nextReviewStatus('submitted', 'return')).toBe('draft');
    expect(nextReviewStatus('draft', 'approve')).toBeNull();
    expect(nextReviewStatus('approved', 'return')).toBeNull();
    expect(availableReviewActions('approved')).toEqual([]);
    expect(availableReviewActions('submitted')).toEqual(['approve', 'return']);
  });

  it('a submission needs every criterion answered, and a failed criterion needs a problem or a proposal', () => {
    const blank = { criteria: blankAnswers(), problems: [], proposal: { summary: '', items: [] } };
    expect(submitProblems(blank)).toEqual([{ code: 'unanswered', keys: CRITERION_KEYS }]);
    expect(submitProblems({ ...blank, criteria: allYes() })).toEqual([]);
    const failed = allYes().map((a) => (a.key === 'reasonableness.documents' ? { ...a, answer: 'no' as const } : a));
    expect(submitProblems({ ...blank, criteria: failed })).toEqual([{ code: 'no_findings', keys: ['reasonableness.documents'] }]);
    expect(submitProblems({ ...blank, criteria: failed, problems: [{ criterion: 'reasonableness.documents', description: 'Yêu cầu bản sao CCCD đã có trong CSDL dân cư' }] })).toEqual([]);
  });

  it('normalises answers to the catalogue order, dropping repeats and filling gaps', () => {
    const a = normaliseAnswers([{ key: 'legality.authority', answer: 'no', comment: 'x', evidence: '' }], IMPACT_CRITERION_KEYS);
    expect(a.map((x) => x.key)).toEqual(IMPACT_CRITERION_KEYS);
    expect(a.find((x) => x.key === 'legality.authority')?.answer).toBe('no');
    expect(IMPACT_CRITERION_KEYS).not.toContain('fit.goals');
  });
});

describe('review plan progress', () => {
  const today = '2026-06-15';
  it('states: approved whenever; overdue after the deadline; otherwise by the review', () => {
    expect(planItemState({ deadline: '2026-06-01', reviewStatus: 'approved' }, today)).toBe('approved');
    expect(planItemState({ deadline: '2026-06-14', reviewStatus: 'submitted' }, today)).toBe('overdue');
    expect(planItemState({ deadline: '2026-06-15', reviewStatus: null }, today)).toBe('not_started');
    expect(planItemState({ deadline: '2026-06-30', reviewStatus: 'draft' }, today)).toBe('in_progress');
    expect(planItemState({ deadline: '2026-06-30', reviewStatus: 'submitted' }, today)).toBe('submitted');
  });

  it('counts and the share approved', () => {
    const p = planProgress(
      [
        { deadline: '2026-06-01', reviewStatus: 'approved' },
        { deadline: '2026-06-01', reviewStatus: null },
        { deadline: '2026-12-01', reviewStatus: 'draft' },
      ],
      today,
    );
    expect(p).toEqual({ total: 3, approved: 1, overdue: 1, in_progress: 1, not_started: 0, submitted: 0, percent: 33 });
    expect(planProgress([], today).percent).toBe(0);
  });
});

describe('inspection fixes', () => {
  const cal = createStandardCalendar(2020, 2030);
  it('counts the fix deadline in working days after the visit, over holidays', () => {
    // Fri 24/4/2026 + 3: 28, 29 April, then 30/4–3/5 off (Reunification, Labour Day, weekend), 4 May.
    expect(fixDueDate(cal, '2026-04-24', 3)).toBe('2026-05-04');
    expect(fixDueDate(cal, '2026-11-20', 10)).toBe('2026-12-04');
  });

  it('overdue only while open and after the due day', () => {
    expect(isFixOverdue({ status: 'open', dueDate: '2026-05-04' }, '2026-05-04')).toBe(false);
    expect(isFixOverdue({ status: 'open', dueDate: '2026-05-04' }, '2026-05-05')).toBe(true);
    expect(isFixOverdue({ status: 'fixed', dueDate: '2026-05-04' }, '2026-06-01')).toBe(false);
  });

  it('the unit reports a fix; only the inspector verifies or reopens', () => {
    expect(mayFollowUp('open', 'fixed', 'unit')).toBe(true);
    expect(mayFollowUp('fixed', 'verified', 'unit')).toBe(false);
    expect(mayFollowUp('fixed', 'verified', 'inspector')).toBe(true);
    expect(mayFollowUp('fixed', 'open', 'inspector')).toBe(true);
    expect(mayFollowUp('verified', 'open', 'inspector')).toBe(false);
  });

  it('validates dossier and procedure codes of a finding', () => {
    const ok = FindingInput.safeParse({ description: 'Trả kết quả muộn không có văn bản xin lỗi', dossierCodes: ['000.00.17.H04-261120-0001'], procedureCodes: ['3.000334'], fixRequired: 'Gửi văn bản xin lỗi', dueWorkingDays: 5 });
    expect(ok.success).toBe(true);
    const bad = FindingInput.safeParse({ description: 'abc', dossierCodes: ['HS-1'], fixRequired: 'abc', dueWorkingDays: 0 });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['dossierCodes.0', 'dueWorkingDays']);
  });
});
