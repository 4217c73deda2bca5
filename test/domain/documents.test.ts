import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultResultTemplate,
  digitisationOf,
  fillTemplate,
  formatVerificationCode,
  formIssuedBy,
  initialsOf,
  normaliseVerificationCode,
  placeOf,
  RESULT_FIELDS,
  resultIssuedBy,
  templateProblems,
  verificationCodeFrom,
  type ResultValues,
} from '../../src/domain/documents';

describe('verification codes', () => {
  it('are 12 Crockford characters without I, L, O, U, and read back from what people type', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (bytes) => {
        const code = verificationCodeFrom(bytes);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
        expect(normaliseVerificationCode(code)).toBe(code);
        expect(normaliseVerificationCode(formatVerificationCode(code).toLowerCase())).toBe(code);
        expect(normaliseVerificationCode(` ${formatVerificationCode(code)} `)).toBe(code);
      }),
    );
  });

  it('different random bytes give different codes (60 bits are kept)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), fc.uint8Array({ minLength: 8, maxLength: 8 }), (a, b) => {
        const same = a.every((x, i) => x === b[i]);
        // Only the low 60 bits are used: bytes differing only in the top 4 bits of the first byte collide.
        const sameLow = (a[0]! & 0x0f) === (b[0]! & 0x0f) && a.slice(1).every((x, i) => x === b[i + 1]);
        expect(verificationCodeFrom(a) === verificationCodeFrom(b)).toBe(same || sameLow);
      }),
    );
  });

  it('forgives O for 0 and I/L for 1; refuses other lengths and letters', () => {
    expect(normaliseVerificationCode('O1IL-0000-0000')).toBe('011100000000');
    expect(normaliseVerificationCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normaliseVerificationCode('ABCD-EFGH-JKMU')).toBeNull();
    expect(() => verificationCodeFrom(new Uint8Array(4))).toThrow();
  });
});

describe('what public verification may say', () => {
  it('initials of Vietnamese names keep their diacritics and nothing else', () => {
    expect(initialsOf('Nguyễn Thị Hồng Nhung')).toBe('N.T.H.N.');
    expect(initialsOf('  đặng   văn ân ')).toBe('Đ.V.Â.');
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,8}$/), { minLength: 1, maxLength: 5 }), (words) => {
        const out = initialsOf(words.join(' '));
        expect(out.split('.').filter(Boolean)).toHaveLength(words.length);
        expect(out.length).toBe(words.length * 2);
      }),
    );
  });
});

describe('result templates', () => {
  const values = Object.fromEntries(Object.keys(RESULT_FIELDS).map((k) => [k, `«${k}»`])) as ResultValues;

  it('the default template uses only known fields and fills all of them', () => {
    const t = defaultResultTemplate('Phiếu lý lịch tư pháp');
    expect(t.title).toBe('PHIẾU LÝ LỊCH TƯ PHÁP');
    expect(templateProblems(t.body)).toEqual([]);
    expect(fillTemplate(t.body, values)).not.toMatch(/\{\{/);
  });

  it('names an unknown field and unbalanced braces', () => {
    expect(templateProblems('Cấp cho {{nguoi_nop.ten}}')[0]).toContain('nguoi_nop.ten');
    expect(templateProblems('Cấp cho {{nguoi_nop.ho_ten}')).toHaveLength(1);
    expect(templateProblems('Cấp cho {{ nguoi_nop.ho_ten }}')).toEqual([]);
  });

  it('filling puts each value verbatim where its field is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(RESULT_FIELDS) as (keyof typeof RESULT_FIELDS)[])), fc.string({ maxLength: 40 }), (field, text) => {
        const filled = fillTemplate(`A {{${field}}} B`, { ...values, [field]: text });
        expect(filled).toBe(`A ${text} B`);
      }),
    );
  });
});

describe('documents issued by actions', () => {
  it('maps actions to forms per set; stop has no form in the 2018 set; online submissions get 01 when received', () => {
    expect(formIssuedBy('create', '03/2025', 2)).toBe('receipt');
    expect(formIssuedBy('create', '03/2025', 1)).toBeNull();
    expect(formIssuedBy('receive', '03/2025', 2)).toBe('receipt');
    expect(formIssuedBy('extend', '01/2018', 2)).toBe('apology');
    expect(formIssuedBy('stop', '01/2018', 8)).toBeNull();
    expect(formIssuedBy('stop', '03/2025', 8)).toBe('stop');
    expect(formIssuedBy('claim', '03/2025', 4)).toBeNull();
    expect([resultIssuedBy('approve'), resultIssuedBy('sign'), resultIssuedBy('reject'), resultIssuedBy('forward')]).toEqual(['draft', 'final', 'rejection', null]);
  });

  it('the place before the date: the commune for communes, else the province', () => {
    const province = { name: 'Ủy ban nhân dân tỉnh An Giang', level: 'province' };
    expect(placeOf([{ name: 'Sở Tư pháp tỉnh An Giang', level: 'province_department' }, province])).toBe('An Giang');
    expect(placeOf([{ name: 'Ủy ban nhân dân phường Long Xuyên', level: 'commune' }, province])).toBe('Long Xuyên');
    expect(placeOf([{ name: 'Sở Y tế thành phố Hà Nội', level: 'x' }])).toBe('Hà Nội');
  });
});

describe('digitisation flags (QĐ 766 group 4)', () => {
  it('components count as digitised only with a scan or a digital source', () => {
    const d = digitisationOf({ documents: [{ digitised: true, fileId: 'f' }, { digitised: true }, { digitised: true, source: 'reused' }], electronicResult: true });
    expect(d).toMatchObject({ digitisedComponents: 2, components: 3, componentsDigitised: false, fullyDigitised: false, reused: true, nationalData: false });
    const all = digitisationOf({ documents: [{ digitised: true, fileId: 'f' }, { digitised: true, source: 'national' }], electronicResult: true });
    expect(all).toMatchObject({ componentsDigitised: true, fullyDigitised: true, nationalData: true, reused: false });
    expect(digitisationOf({ documents: [], electronicResult: true }).componentsDigitised).toBe(false);
  });
});
