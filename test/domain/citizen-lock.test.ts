import { describe, expect, it } from 'vitest';
import { LOCK_REASON_MAX, lockReasonProblem, statusAfterUnlock } from '../../src/domain/citizen';
import { procedureSearchQuery } from '../../src/domain/procedure/search-query';

describe('locking portal accounts', () => {
  it('a lock needs a reason of 1 to 1000 characters, spaces not counted at the ends', () => {
    expect(lockReasonProblem('')).toBe('Cần nêu lý do khóa tài khoản');
    expect(lockReasonProblem(' \n\t ')).toBe('Cần nêu lý do khóa tài khoản');
    expect(lockReasonProblem('x')).toBeNull();
    expect(lockReasonProblem(`  ${'a'.repeat(LOCK_REASON_MAX)}  `)).toBeNull();
    expect(lockReasonProblem('a'.repeat(LOCK_REASON_MAX + 1))).toBe('Lý do khóa không được dài quá 1000 ký tự');
  });

  it('unlocking returns an account to active only if it was ever activated', () => {
    expect(statusAfterUnlock(new Date('2026-11-01T03:00:00Z'))).toBe('active');
    expect(statusAfterUnlock(null)).toBe('pending');
  });
});

describe('the spelling of a procedure search shared by the search page and the server hint', () => {
  it('one fixed order, empty values left out, text percent-encoded', () => {
    expect(procedureSearchQuery({})).toBe('');
    expect(procedureSearchQuery({ pageSize: 20, page: 1, q: 'lý lịch' })).toBe('?q=l%C3%BD%20l%E1%BB%8Bch&page=1&pageSize=20');
    expect(procedureSearchQuery({ online: 'full', q: '', locationIndependent: false, field: 'Tư pháp', agency: undefined })).toBe('?field=T%C6%B0%20ph%C3%A1p&online=full');
    expect(procedureSearchQuery({ locationIndependent: true, level: 'commune', agency: '000.00.17.H04' })).toBe('?level=commune&agency=000.00.17.H04&locationIndependent=true');
  });
});
