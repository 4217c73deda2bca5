import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app';

describe('bad input gets RFC 9457 problem+json in Vietnamese, never a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ demo: false });
  });
  afterAll(() => t.close());

  const post = (payload: string, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: { 'content-type': contentType } });

  it('malformed JSON → 400 VALIDATION', async () => {
    const res = await post('{"username": ');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, code: 'VALIDATION', title: 'Dữ liệu không hợp lệ', detail: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
  });

  it('wrong types → 400 naming each field, in Vietnamese', async () => {
    const res = await post(JSON.stringify({ username: 42 }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION');
    expect(body.errors.map((e: { name: string }) => e.name).sort()).toEqual(['body.password', 'body.username']);
    expect(body.detail).toMatch(/^Nội dung yêu cầu không hợp lệ/);
    expect(body.detail).toContain('mong đợi string');
  });

  it('an empty body, a wrong content type and an oversize body are client errors', async () => {
    expect((await post('')).statusCode).toBe(400);
    const xml = await post('<a/>', 'application/xml');
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await post(JSON.stringify({ username: 'a'.repeat(2_000_000), password: 'x' }));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an unknown API path → 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-ton-tai' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', instance: '/api/khong-ton-tai' });
  });

  it('sets security headers and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});
