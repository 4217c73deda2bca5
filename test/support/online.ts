import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';

/** A small PDF: enough for the server to take it as a document (type checked by content). */
export const pdfBytes = (text = 'giay to') => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

export function multipart(filename: string, data: Buffer, type = 'application/pdf') {
  const boundary = `----motcua${randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a file with a session cookie (officer or citizen); returns its id. */
export async function upload(app: FastifyInstance, cookie: string, name = 'to-khai.pdf', data = pdfBytes(name)): Promise<string> {
  const m = multipart(name, data);
  const r = await app.inject({ method: 'POST', url: '/api/files', headers: { ...m.headers, cookie }, payload: m.payload });
  if (r.statusCode !== 201) throw new Error(`upload ${name}: ${r.statusCode} ${r.body}`);
  return r.json().id as string;
}

/** Valid answers to the demo fields of 3.000334 (Phiếu lý lịch tư pháp). */
export const LLTP_VALUES = { purpose: 'employment', copies: 2, includeErased: 'no', residence: { province: 'an-giang', commune: 'long-xuyen', street: '12 Trần Hưng Đạo' } };

/** Sở Tư pháp: receives 3.000334 online. */
export const SO_TU_PHAP = '000.00.17.H04';

export async function createDraft(app: FastifyInstance, cookie: string, procedureCode = '3.000334', content: Record<string, unknown> = {}) {
  return app.inject({ method: 'POST', url: '/api/citizen/drafts', headers: { cookie }, payload: { procedureCode, content } });
}

export async function saveDraft(app: FastifyInstance, cookie: string, id: string, version: number, content: Record<string, unknown>) {
  return app.inject({ method: 'PUT', url: `/api/citizen/drafts/${id}`, headers: { cookie }, payload: { version, content } });
}

export async function submit(app: FastifyInstance, cookie: string, id: string, key: string = randomUUID()) {
  return app.inject({ method: 'POST', url: `/api/citizen/drafts/${id}/submit`, headers: { cookie, 'idempotency-key': key } });
}

/** A draft for 3.000334 at Sở Tư pháp with both documents uploaded by the citizen, submitted; returns the dossier. */
export async function applyOnline(app: FastifyInstance, cookie: string, over: { documents?: unknown[]; values?: Record<string, unknown> } = {}) {
  const documents = over.documents ?? [
    { index: 0, fileId: await upload(app, cookie, 'van-ban-yeu-cau.pdf') },
    { index: 1, fileId: await upload(app, cookie, 'to-khai-dien-tu.pdf') },
  ];
  const d = await createDraft(app, cookie, '3.000334', { agencyCode: SO_TU_PHAP, values: over.values ?? LLTP_VALUES, documents });
  if (d.statusCode !== 201) throw new Error(`draft: ${d.statusCode} ${d.body}`);
  const r = await submit(app, cookie, d.json().id);
  if (r.statusCode !== 201) throw new Error(`submit: ${r.statusCode} ${r.body}`);
  return r.json() as { code: string; status: number; version: number } & Record<string, unknown>;
}
