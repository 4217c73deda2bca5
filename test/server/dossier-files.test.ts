import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcr, findTessdata, type Ocr } from '../../src/server/documents/ocr';
import { LocalBlobStore } from '../../src/server/documents/blob-store';
import { documentHandlers } from '../../src/server/jobs/document-workers';
import { UPLOAD_LIMITS } from '../../src/server/services/upload-file';
import { loginAs, testApp, type TestApp } from '../support/app';
import { buildReceipt, receive } from '../support/dossiers';

const run = promisify(execFile);
const FONT = path.resolve('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** A scanned ID card as a PNG: drawn with pdfkit, rasterised by pdftoppm at 200 dpi. */
async function idScan(lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A6', layout: 'landscape', margin: 24 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  doc.font(FONT).fontSize(13);
  for (const l of lines) doc.text(l).moveDown(0.4);
  doc.end();
  await done;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-scan-'));
  try {
    await fs.writeFile(path.join(dir, 'a.pdf'), Buffer.concat(chunks));
    await run('pdftoppm', ['-r', '200', '-png', '-singlefile', path.join(dir, 'a.pdf'), path.join(dir, 'a')]);
    return await fs.readFile(path.join(dir, 'a.png'));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function multipart(filename: string, data: Buffer, type: string) {
  const boundary = `----motcua${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('dossier components: scans attached at receipt, limits, OCR and search', () => {
  let t: TestApp;
  let ocr: Ocr | null;
  const blobs = new LocalBlobStore(path.join(os.tmpdir(), 'motcua-files'));
  const c: Record<string, string> = {};
  const upload = async (cookie: string, name: string, data: Buffer, type = 'image/png') => {
    const m = multipart(name, data, type);
    const r = await t.app.inject({ method: 'POST', url: '/api/files', headers: { cookie, ...m.headers }, payload: m.payload });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; size: number };
  };

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    ocr = createOcr();
    for (const u of ['tiepnhan', 'motcua.longxuyen', 'chuyenvien']) c[u] = await loginAs(t.app, u);
  });
  afterAll(async () => {
    await ocr?.close();
    await t.close();
  });

  it('a document marked digitised needs its scan; nothing is written when it is missing', async () => {
    const before = (await t.db.pool.query('SELECT count(*)::int AS n FROM dossiers')).rows[0].n;
    const r = await receive(t.app, c.tiepnhan!, buildReceipt({ documents: [{ name: 'Tờ khai', copies: '1 bản chính', digitised: true }] }));
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].name).toBe('documents.0.digitised');
    expect(r.json().detail).toMatch(/số hóa/);
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM dossiers')).rows[0].n).toBe(before);
  });

  it('refuses a file of another agency or an unknown one, and a dossier over its total size', async () => {
    const theirs = await upload(c['motcua.longxuyen']!, 'cua-xa.png', await idScan(['Giấy tờ của xã']));
    const other = await receive(t.app, c.tiepnhan!, buildReceipt({ documents: [{ name: 'Tờ khai', digitised: true, fileId: theirs.id }] }));
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0]).toMatchObject({ name: 'documents.0.fileId' });
    const unknown = await receive(t.app, c.tiepnhan!, buildReceipt({ documents: [{ name: 'Tờ khai', digitised: true, fileId: '00000000-0000-4000-8000-000000000000' }] }));
    expect(unknown.statusCode).toBe(400);
    const mine = await upload(c.tiepnhan!, 'to-khai.png', await idScan(['Tờ khai']));
    const limit = UPLOAD_LIMITS.dossierBytes;
    UPLOAD_LIMITS.dossierBytes = mine.size - 1;
    try {
      const big = await receive(t.app, c.tiepnhan!, buildReceipt({ documents: [{ name: 'Tờ khai', digitised: true, fileId: mine.id }] }));
      expect(big.statusCode).toBe(413);
      expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      UPLOAD_LIMITS.dossierBytes = limit;
    }
  });

  it.skipIf(!findTessdata())('reads the scan by OCR: the CCCD is offered and the dossier is found by text inside the scan', async () => {
    const scan = await idScan(['CĂN CƯỚC CÔNG DÂN', 'Số / No.: 089200001234', 'Họ và tên: NGUYỄN THỊ HỒNG NHUNG', 'Quê quán: Mỹ Hòa Hưng, An Giang']);
    const f = await upload(c.tiepnhan!, 'cccd.png', scan);
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${f.id}/text`, headers: { cookie: c.tiepnhan! } })).json().status).toBe('pending');
    // The worker the server runs for the outbox job 'file.recognise'.
    await documentHandlers({ store: t.db.store, blobs, publicUrl: 'http://localhost', ocr })['file.recognise']!({ fileId: f.id });
    const text = (await t.app.inject({ method: 'GET', url: `/api/files/${f.id}/text`, headers: { cookie: c.tiepnhan! } })).json();
    expect(text.status).toBe('done');
    expect(text.idNumbers).toContain('089200001234');
    const r = await receive(t.app, c.tiepnhan!, buildReceipt({ documents: [{ name: 'Căn cước công dân', copies: '1 bản sao', digitised: true, fileId: f.id }] }));
    expect(r.statusCode, r.body).toBe(201);
    const code = r.json().code;
    const found = await t.app.inject({ method: 'GET', url: `/api/workqueues/to-receive?q=${encodeURIComponent('my hoa hung')}`, headers: { cookie: c.tiepnhan! } });
    expect(found.json().items.map((i: { code: string }) => i.code)).toEqual([code]);
    // The scan is now the dossier's: the handling specialist may download it.
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${f.id}`, headers: { cookie: c.chuyenvien! } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${f.id}`, headers: { cookie: c['motcua.longxuyen']! } })).statusCode).toBe(403);
  });
});
