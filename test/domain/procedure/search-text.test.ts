import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesQuery } from '../../../src/domain/procedure';

/** Every precomposed Vietnamese vowel: base letter, then the six tones (none, huyền, sắc, hỏi, ngã, nặng). */
const VOWELS: ReadonlyArray<readonly [string, string]> = [
  ['a', 'aàáảãạ'],
  ['a', 'ăằắẳẵặ'],
  ['a', 'âầấẩẫậ'],
  ['e', 'eèéẻẽẹ'],
  ['e', 'êềếểễệ'],
  ['i', 'iìíỉĩị'],
  ['o', 'oòóỏõọ'],
  ['o', 'ôồốổỗộ'],
  ['o', 'ơờớởỡợ'],
  ['u', 'uùúủũụ'],
  ['u', 'ưừứửữự'],
  ['y', 'yỳýỷỹỵ'],
];
const ALPHABET = VOWELS.flatMap(([base, forms]) =>
  [...forms].flatMap((c) => [
    [c, base],
    [c.toUpperCase(), base],
  ]),
) as Array<[string, string]>;

describe('foldVietnamese', () => {
  it.each([
    ['LÝ LỊCH TƯ PHÁP', 'ly lich tu phap'],
    ['Đăng ký', 'dang ky'],
    ['Cấp Phiếu lý lịch tư pháp', 'cap phieu ly lich tu phap'],
    ['  Chứng   thực\tbản sao\n', 'chung thuc ban sao'],
    ['ĐỒNG ĐỘI đường', 'dong doi duong'],
    ['Quyết định 163/QĐ-BTP', 'quyet dinh 163/qd-btp'],
  ])('%j → %j', (input, folded) => expect(foldVietnamese(input)).toBe(folded));

  it('has the 72 precomposed vowels × 2 cases in its test alphabet', () => {
    expect(ALPHABET).toHaveLength(144);
    expect(new Set(ALPHABET.map(([c]) => c)).size).toBe(144);
  });

  it('property: every precomposed vowel, any tone and case, folds to its base letter', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALPHABET), ([letter, base]) => {
        expect(letter.normalize('NFC')).toHaveLength(1);
        expect(foldVietnamese(letter)).toBe(base);
        expect(foldVietnamese(letter.normalize('NFD'))).toBe(base);
      }),
      { numRuns: 1_000 },
    );
  });

  it('property: words of the alphabet fold letter by letter and folding is idempotent', () => {
    const word = fc.array(fc.constantFrom(...ALPHABET, ['đ', 'd'] as [string, string], ['Đ', 'd'] as [string, string], ['n', 'n'] as [string, string]), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(word, (letters) => {
        const s = letters.map(([c]) => c).join('');
        expect(foldVietnamese(s)).toBe(letters.map(([, b]) => b).join(''));
        expect(foldVietnamese(foldVietnamese(s))).toBe(foldVietnamese(s));
      }),
    );
  });

  it('matchesQuery finds words in any order, without accents', () => {
    expect(matchesQuery('Thủ tục đăng ký khai sinh', 'khai sinh dang ky')).toBe(true);
    expect(matchesQuery('Thủ tục đăng ký khai sinh', 'ket hon')).toBe(false);
    expect(matchesQuery('Cấp Phiếu lý lịch tư pháp', '  LY   lich ')).toBe(true);
  });
});
