import { describe, expect, it } from 'vitest';
import { duplicateCandidates, normaliseSecret, paknCode, paknSearchText, paknSecret, PAKN_CODE_PATTERN, searchWords, textSimilarity } from '../../../src/domain/pakn';

describe('PAKN search text and duplicates', () => {
  it('answers are found without diacritics', () => {
    const text = paknSearchText({ code: 'PA261122-7K3Q', title: 'Đăng ký đất đai chậm', content: 'Hồ sơ đính chính Giấy chứng nhận', answer: 'Sở Tài nguyên và Môi trường đã chỉ đạo', procedureName: 'Đính chính Giấy chứng nhận đã cấp' });
    for (const w of searchWords('dang ky DAT ĐAI dinh chinh tai nguyen')) expect(text).toContain(w);
    expect(text).toContain('pa261122-7k3q');
    expect(searchWords('  Đất   đai ')).toEqual(['dat', 'dai']);
  });

  it('similarity: the same complaint retyped without diacritics scores high, an unrelated one low', () => {
    const a = 'Khi đề nghị cấp bản sao giấy khai sinh từ sổ gốc tôi vẫn phải xuất trình thẻ căn cước';
    const b = 'khi de nghi cap ban sao giay khai sinh tu so goc toi van phai xuat trinh the can cuoc';
    const c = 'Đề xuất tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần';
    expect(textSimilarity(a, b)).toBe(1);
    expect(textSimilarity(a, c)).toBe(0);
    expect(textSimilarity('', a)).toBe(0);
    // 4 word pairs vs 3, 2 in common: 2 / (4 + 3 − 2) = 0.4.
    expect(textSimilarity('thu tuc dat dai cham', 'thu tuc dat nhanh')).toBeCloseTo(0.4, 10);
  });

  it('candidates: best first, over the threshold, never the item itself', () => {
    const me = { id: '1', title: 'Cấp bản sao từ sổ gốc', content: 'vẫn yêu cầu xuất trình căn cước công dân' };
    const others = [
      me,
      { id: '2', title: 'Cấp bản sao từ sổ gốc', content: 'vẫn yêu cầu xuất trình căn cước công dân khi đã có định danh' },
      { id: '3', title: 'Đường dây nóng', content: 'không ai nghe máy' },
      { id: '4', title: 'Bản sao từ sổ gốc', content: 'yêu cầu xuất trình căn cước' },
    ];
    const r = duplicateCandidates(me, others);
    expect(r.map((c) => c.item.id)).toEqual(['2', '4']);
    expect(r[0]!.score).toBeGreaterThan(r[1]!.score);
  });

  it('codes and secrets', () => {
    const code = paknCode('2026-11-22', new Uint8Array([0, 31, 32, 255]));
    expect(code).toBe('PA261122-0Z0Z'); // 0 → 0, 31 → Z, 32 → 0, 255 → Z
    expect(PAKN_CODE_PATTERN.test(code)).toBe(true);
    const secret = paknSecret(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(secret).toBe('1234-5678');
    expect(normaliseSecret(' dem0-2o26 ')).toBe('DEM02026');
    expect(normaliseSecret('abci-l234')).toBe(normaliseSecret('ABC1-1234'));
  });
});
