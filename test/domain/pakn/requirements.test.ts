import { describe, expect, it } from 'vitest';
import { art7Problems, art7Reason, normalisePhone } from '../../../src/domain/pakn';

const ok = { sender: { name: 'Nguyễn Văn An', address: 'Số 30 Phan Đình Phùng, phường Long Xuyên', phone: '0912 000 111' }, content: 'Đề nghị không yêu cầu xuất trình căn cước khi cấp bản sao.' };

describe('NĐ 20/2008 art. 7 requirements', () => {
  it('content, name, address and phone present: accepted', () => {
    expect(art7Problems(ok)).toEqual([]);
  });

  it('each missing requirement is named', () => {
    expect(art7Problems({ sender: {}, content: '' }).map((p) => p.name)).toEqual(['content', 'sender.name', 'sender.address', 'sender.phone']);
    expect(art7Problems({ ...ok, sender: { ...ok.sender, phone: '  ' } }).map((p) => p.name)).toEqual(['sender.phone']);
    expect(art7Problems({ ...ok, sender: { ...ok.sender, address: '12' } }).map((p) => p.name)).toEqual(['sender.address']);
  });

  it('unclear content: too short, or not words', () => {
    expect(art7Problems({ ...ok, content: 'Chậm quá!' })[0]?.name).toBe('content');
    expect(art7Problems({ ...ok, content: '1234567890 1234567890 1234' })[0]?.name).toBe('content');
    // Exactly 20 characters in 3 words passes.
    expect(art7Problems({ ...ok, content: 'Thủ tục quá rườm rà.' })).toEqual([]);
    expect('Thủ tục quá rườm rà.'.length).toBe(20);
  });

  it('Vietnamese phone numbers: mobile 10 digits, landline 11 with the area code, or +84', () => {
    expect(normalisePhone('0912 000 111')).toBe('0912000111');
    expect(normalisePhone('+84 912.000.111')).toBe('0912000111');
    expect(normalisePhone('0296-3852-555')).toBe('02963852555');
    expect(normalisePhone('(+84) 296 3852 555')).toBe('02963852555');
    expect(normalisePhone('0296 385 255')).toBeNull(); // a landline needs 11 digits
    expect(normalisePhone('0612 000 111')).toBeNull(); // no such mobile prefix
    expect(normalisePhone('1022')).toBeNull();
    expect(normalisePhone('091200011')).toBeNull();
    expect(art7Problems({ ...ok, sender: { ...ok.sender, phone: '1900 1234' } })[0]?.reason).toMatch(/không đúng/);
  });

  it('the not-accepted reason cites art. 7 and lists the problems', () => {
    const r = art7Reason(art7Problems({ sender: { name: 'An' }, content: ok.content }));
    expect(r).toBe('Không đáp ứng yêu cầu tại Điều 7 Nghị định 20/2008/NĐ-CP: thiếu địa chỉ liên hệ của người phản ánh, kiến nghị; thiếu số điện thoại của người phản ánh, kiến nghị.');
  });
});
