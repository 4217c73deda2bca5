import { describe, expect, it } from 'vitest';
import { applicantActions, citizenMilestones, slotProblems, type StatusCode } from '../../../src/domain/dossier';

const ev = (action: string, statusAfter: number, at: number) => ({ action, statusAfter, at });
const steps = (status: StatusCode, channel: string, history: ReturnType<typeof ev>[]) => citizenMilestones(status, channel, history).map((m) => `${m.key}:${m.state}${m.at === null ? '' : `@${m.at}`}`);

describe("the applicant's milestones", () => {
  it('follows an online dossier from submission to return', () => {
    const h = [ev('create', 1, 1)];
    expect(steps(1, 'online', h)).toEqual(['submitted:done@1', 'received:current', 'processing:waiting', 'result_ready:waiting', 'returned:waiting']);
    h.push(ev('receive', 2, 2), ev('forward', 4, 3), ev('sign', 9, 4));
    expect(steps(9, 'online', h)).toEqual(['submitted:done@1', 'received:done@2', 'processing:done@3', 'result_ready:current@4', 'returned:waiting']);
    h.push(ev('return_result', 10, 5));
    expect(steps(10, 'online', h).slice(-2)).toEqual(['result_ready:done@4', 'returned:done@5']);
  });

  it('shows a supplement while it is asked and after it was answered', () => {
    const h = [ev('create', 2, 1), ev('request_supplement', 5, 2)];
    expect(steps(5, 'direct', h)).toEqual(['received:done@1', 'supplement:current@2', 'processing:waiting', 'result_ready:waiting', 'returned:waiting']);
    h.push(ev('supplement_received', 2, 3));
    expect(steps(2, 'direct', h).slice(0, 3)).toEqual(['received:done@1', 'supplement:done@3', 'processing:current']);
  });

  it('ends a refused, withdrawn or stopped dossier where it stopped, without the steps never reached', () => {
    expect(steps(3, 'online', [ev('create', 1, 1), ev('refuse', 3, 2)])).toEqual(['submitted:done@1', 'refused:failed@2']);
    expect(steps(7, 'direct', [ev('create', 2, 1), ev('forward', 4, 2), ev('withdraw', 7, 3)])).toEqual(['received:done@1', 'processing:done@2', 'withdrawn:failed@3']);
    expect(steps(8, 'direct', [ev('create', 2, 1), ev('stop', 8, 2)])).toEqual(['received:done@1', 'stopped:failed@2']);
  });

  it('offers the applicant a supplement answer only when asked, and withdrawal while the dossier is open', () => {
    expect(applicantActions({ status: 5 })).toEqual(['supplement_received', 'withdraw']);
    expect(applicantActions({ status: 1 })).toEqual(['withdraw']);
    for (const status of [3, 7, 8, 9, 10] as const) expect(applicantActions({ status })).toEqual([]);
  });
});

describe('document slots of an application', () => {
  const docs = [
    { name: 'Tờ khai', required: true },
    { name: 'Giấy tờ khác', required: false },
  ];
  const id = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
  it('needs every required document, by upload or from the data store', () => {
    expect(slotProblems(docs, [])).toEqual([{ path: 'documents.0', message: 'Cần tải lên hoặc chọn từ Giấy tờ của tôi: Tờ khai' }]);
    expect(slotProblems(docs, [{ index: 0, fileId: id }])).toEqual([]);
    expect(slotProblems(docs, [{ index: 0, reuse: { kind: 'result', id } }])).toEqual([]);
  });

  it('refuses a slot outside the list, repeated, or with both a file and a store document', () => {
    expect(slotProblems(docs, [{ index: 0, fileId: id, reuse: { kind: 'upload', id } }, { index: 0, fileId: id }, { index: 5, fileId: id }]).map((p) => p.path)).toEqual(['documents.0', 'documents.0', 'documents.5']);
  });
});
