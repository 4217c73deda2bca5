import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';

/** A valid counter receipt for Sở Tư pháp's demo procedure 3.000334 (Lý lịch tư pháp). */
export function buildReceipt(overrides: Record<string, unknown> = {}) {
  return {
    procedureCode: '3.000334',
    channel: 'direct',
    applicant: { kind: 'individual', name: 'Nguyễn Thị Lan', idNumber: '089195000123', phone: '0912345678', email: 'lan@example.vn', address: 'phường Long Xuyên, An Giang' },
    documents: [{ name: 'Văn bản yêu cầu cấp Phiếu lý lịch tư pháp', copies: '1 bản chính', digitised: false }],
    note: 'Tiếp nhận tại quầy',
    ...overrides,
  };
}

export async function receive(app: FastifyInstance, cookie: string, body: Record<string, unknown> = buildReceipt(), key = randomUUID()) {
  return app.inject({ method: 'POST', url: '/api/dossiers', headers: { cookie, 'idempotency-key': key }, payload: body });
}

export async function act(app: FastifyInstance, cookie: string, code: string, action: string, payload: Record<string, unknown> = {}, version?: number) {
  const v = version ?? (await app.inject({ method: 'GET', url: `/api/dossiers/${code}`, headers: { cookie } })).json().version;
  return app.inject({ method: 'POST', url: `/api/dossiers/${code}/actions`, headers: { cookie }, payload: { action, version: v, payload } });
}
