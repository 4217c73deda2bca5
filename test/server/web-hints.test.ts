import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/api/app';
import { portalSearchQuery, procedureSearchQuery } from '../../src/domain/procedure/search-query';
import { freshDatabase, type TestDatabase } from '../support/db';

const INDEX = '<!doctype html>\n<html lang="vi">\n  <head>\n    <script type="module" crossorigin src="/assets/index-abc.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';

describe('preload hints in the HTML of the web app (issue 7, portal speed)', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-web-'));
    await fs.mkdir(path.join(dir, 'assets'));
    await fs.writeFile(path.join(dir, 'index.html'), INDEX);
    await fs.writeFile(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)'.repeat(200));
    await fs.writeFile(path.join(dir, 'preload.json'), JSON.stringify({ 'routes/portal/ProcedureDetailPages.tsx': ['/assets/procedure-page-x.js'], 'routes/portal/AccountPages.tsx': ['/assets/AccountPages-y.js', '/assets/form-z.js'] }));
    db = await freshDatabase();
    app = await buildApp({ store: db.store, databaseKind: 'external', version: 'test', logLevel: 'silent', webDir: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });

  it('a procedure page names its chunk and the API answer it asks for first', async () => {
    const res = await get('/thu-tuc/3.000334');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<link rel="modulepreload" crossorigin href="/assets/procedure-page-x.js">');
    expect(res.body).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/procedures/3.000334">');
    expect(res.body.indexOf('procedure-page-x.js')).toBeLessThan(res.body.indexOf('</head>'));
  });

  it('the search names the same address the search page asks for; odd input is escaped, not echoed', async () => {
    const res = await get('/thu-tuc?q=l%C3%BD%20l%E1%BB%8Bch&online=full&page=2');
    const href = /rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)"/.exec(res.body)![1]!.replace(/&amp;/g, '&');
    // What the page's own code builds (features/catalogue/queries.ts) for the same URL state.
    expect(href).toBe(`/api/procedures${procedureSearchQuery({ q: 'lý lịch', online: 'full', page: 2, pageSize: 20 })}`);
    expect(href).toBe('/api/procedures?q=l%C3%BD%20l%E1%BB%8Bch&online=full&page=2&pageSize=20');
    const odd = await get('/thu-tuc?q=%22%3E%3Cscript%3E');
    expect(odd.body).not.toContain('<script>');
    expect(odd.body).toContain('q=%22%3E%3Cscript%3E');
    // Not a procedure code: the page's chunk, no API call guessed.
    const notCode = await get('/thu-tuc/khong-phai-ma');
    expect(notCode.body).toContain('procedure-page-x.js');
    expect(notCode.body).not.toContain('as="fetch"');
  });

  it('other pages get their chunks; the home page and unknown chunks get the file as built', async () => {
    const account = await get('/tai-khoan/dang-nhap');
    expect(account.body).toContain('href="/assets/AccountPages-y.js"');
    expect(account.body).toContain('href="/assets/form-z.js"');
    const home = await get('/');
    expect(home.body).toBe(INDEX);
    const verify = await get('/xac-thuc/ABCD');
    expect(verify.body).toBe(INDEX);
    expect(verify.headers['cache-control']).toBe('no-cache');
  });

  it('hashed assets are kept by browsers for a year', async () => {
    const res = await get('/assets/index-abc.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toContain('accept-encoding');
  });

  it('portalSearchQuery reads the page address as the search page does: page 1 and 20 a page unless given', () => {
    expect(portalSearchQuery(new URLSearchParams(''))).toBe('?page=1&pageSize=20');
    expect(portalSearchQuery(new URLSearchParams('locationIndependent=true&agency=000.00.17.H04&q='))).toBe('?agency=000.00.17.H04&locationIndependent=true&page=1&pageSize=20');
    expect(portalSearchQuery(new URLSearchParams('locationIndependent=false&page=abc'))).toBe('?page=1&pageSize=20');
  });
});
