import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../support/app';

/** A minimal ZIP (stored, no compression) whose central directory may declare a different size. */
function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function multipart(filename: string, data: Buffer) {
  const boundary = '----motcua' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, data, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('file uploads: type by content, limits, hostile files refused', () => {
  let t: TestApp;
  let cookie: string;
  const upload = (name: string, data: Buffer, c = cookie) => {
    const m = multipart(name, data);
    return t.app.inject({ method: 'POST', url: '/api/files', payload: m.payload, headers: { ...m.headers, cookie: c } });
  };
  beforeAll(async () => {
    t = await testApp();
    cookie = await loginAs(t.app, 'tiepnhan');
  });
  afterAll(() => t.close());

  it('stores a PDF by content with a sanitised name, and gives it back byte for byte', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const r = await upload('../../etc/Giấy khai sinh.pdf', pdf);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ mime: 'application/pdf', name: 'Giấy khai sinh.pdf', size: pdf.length });
    const d = await t.app.inject({ method: 'GET', url: `/api/files/${r.json().id}`, headers: { cookie } });
    expect(d.statusCode).toBe(200);
    expect(d.rawPayload.equals(pdf)).toBe(true);
    expect(d.headers['content-type']).toBe('application/pdf');
  });

  it('recognises PNG, JPEG, TIFF, DOCX and XLSX by their bytes', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow([1]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const docx = zipOf([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    const cases: [string, Buffer, string][] = [
      ['a.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
      ['a.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'image/jpeg'],
      ['a.tif', Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0]), 'image/tiff'],
      ['to-khai.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['bang.xlsx', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ];
    for (const [name, data, mime] of cases) {
      const r = await upload(name, data);
      expect(r.statusCode, name).toBe(201);
      expect(r.json().mime).toBe(mime);
    }
  });

  it('refuses a renamed executable, a zip bomb disguised as DOCX, an empty file and an oversize one', async () => {
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM files')).rows[0].n;
    const exe = await upload('giay-to.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const bomb = zipOf([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.alloc(1000), declaredSize: 4_000_000_000 }]);
    const b = await upload('to-khai.docx', bomb);
    expect(b.statusCode).toBe(415);
    expect(b.json().reason).toBe('zip_bomb');
    const plainZip = await upload('a.docx', zipOf([{ name: 'x.txt', data: Buffer.from('x') }]));
    expect(plainZip.statusCode).toBe(415);
    const empty = await upload('rong.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const big = await upload('lon.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    const notMultipart = await t.app.inject({ method: 'POST', url: '/api/files', headers: { cookie, 'content-type': 'application/json' }, payload: '{}' });
    expect(notMultipart.statusCode).toBe(415);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM files')).rows[0].n).toBe(before);
  });

  it('an officer of another agency cannot download the file; anonymous cannot upload', async () => {
    const r = await upload('a.pdf', Buffer.from('%PDF-1.7\n%%EOF'));
    const other = await loginAs(t.app, 'motcua.longxuyen');
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${r.json().id}`, headers: { cookie: other } })).statusCode).toBe(403);
    const m = multipart('a.pdf', Buffer.from('%PDF-1.7\n'));
    expect((await t.app.inject({ method: 'POST', url: '/api/files', payload: m.payload, headers: m.headers })).statusCode).toBe(401);
  });
});
