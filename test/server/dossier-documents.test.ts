import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { verifyPdf } from '../../src/server/documents/signing/verify-pdf';
import { lookupToken } from '../../src/server/services/lookup-token';
import { loginAs, testApp, type TestApp } from '../support/app';
import { act, receive } from '../support/dossiers';
import { pdfPageSize, pdfText } from '../support/pdf-tools';

type Doc = { id: string; kind: string; form: string; number: string | null; fileId: string; signed: boolean; verificationCode: string | null; revokedAt: string | null; replacedBy: string | null };

function multipart(name: string, data: Buffer, type = 'application/pdf') {
  const boundary = `----motcua${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('forms, results, signatures and public verification of a dossier', () => {
  let t: TestApp;
  const c: Record<string, string> = {};
  let code = '';
  let result: Doc;
  let resultPdf: Buffer;

  const documents = async (cookie = c.tiepnhan!) => {
    const r = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/documents`, headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Doc[];
  };
  const download = async (fileId: string, cookie = c.tiepnhan!) => {
    const r = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: { cookie } });
    expect(r.statusCode, r.body).toBe(200);
    return r.rawPayload;
  };

  beforeAll(async () => {
    t = await testApp({ catalogue: true });
    for (const u of ['tiepnhan', 'chuyenvien', 'truongphong', 'giamdoc', 'motcua.longxuyen', 'quantri']) c[u] = await loginAs(t.app, u);
    code = (await receive(t.app, c.tiepnhan!)).json().code;
  });
  afterAll(() => t.close());

  it('issues Form 01 on receipt: A5, signed by the agency, with the code, the applicant and diacritics intact', async () => {
    const docs = await documents();
    const receipt = docs.find((d) => d.form === 'receipt')!;
    expect(receipt).toMatchObject({ kind: 'form', number: '01', signed: true });
    const pdf = await download(receipt.fileId);
    const size = await pdfPageSize(pdf);
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([420, 595]);
    const text = await pdfText(pdf);
    for (const s of [code, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nguyễn Thị Lan', 'SỞ TƯ PHÁP TỈNH AN GIANG', 'Văn bản yêu cầu cấp Phiếu lý lịch tư pháp']) expect(text).toContain(s);
    const v = verifyPdf(pdf);
    expect(v.signed).toBe(true);
    expect(v.signatures[0]).toMatchObject({ intact: true, signatureValid: true, coversWholeDocument: true });
    expect(v.signatures[0]!.signer.commonName).toBe('Sở Tư pháp tỉnh An Giang');
    // Listing again makes nothing new.
    expect((await documents()).length).toBe(docs.length);
  });

  it('another agency cannot list the documents or download the files', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/documents`, headers: { cookie: c['motcua.longxuyen']! } });
    expect(r.statusCode).toBe(403);
    const receipt = (await documents()).find((d) => d.form === 'receipt')!;
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${receipt.fileId}`, headers: { cookie: c['motcua.longxuyen']! } })).statusCode).toBe(403);
    // The specialist of the handling agency may (dossier access rules).
    expect((await t.app.inject({ method: 'GET', url: `/api/files/${receipt.fileId}`, headers: { cookie: c.chuyenvien! } })).statusCode).toBe(200);
  });

  it('issues the apology letter (Form 04) with the old and new dates on extension', async () => {
    const d = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}`, headers: { cookie: c.tiepnhan! } })).json();
    const due = new Date(d.dueAt);
    const next = new Date(due.getTime() + 7 * 86_400_000);
    let newDate = next.toISOString().slice(0, 10);
    // a working day: move off a weekend
    const day = new Date(`${newDate}T12:00:00+07:00`).getUTCDay();
    if (day === 6 || day === 0) newDate = new Date(next.getTime() + (day === 6 ? 2 : 1) * 86_400_000).toISOString().slice(0, 10);
    const r = await act(t.app, c.tiepnhan!, code, 'extend', { reason: 'Chờ kết quả xác minh của cơ quan công an', newDueDate: newDate });
    expect(r.statusCode, r.body).toBe(200);
    const apology = (await documents()).find((x) => x.form === 'apology')!;
    expect(apology.number).toBe('04');
    const text = await pdfText(await download(apology.fileId));
    expect(text).toContain('Chờ kết quả xác minh của cơ quan công an');
    const [y, m, dd] = newDate.split('-');
    expect(text).toContain(`${dd}/${m}/${y}`);
  });

  it('drafts the result at approval and signs it at the signing step with a verification code', async () => {
    await act(t.app, c.tiepnhan!, code, 'forward');
    await act(t.app, c.chuyenvien!, code, 'claim');
    await act(t.app, c.chuyenvien!, code, 'forward');
    expect((await act(t.app, c.truongphong!, code, 'approve', { comment: 'Đồng ý cấp phiếu' })).statusCode).toBe(200);
    const draft = (await documents()).find((x) => x.form === 'draft')!;
    expect(draft).toMatchObject({ kind: 'result', signed: false, verificationCode: null });
    expect(await pdfText(await download(draft.fileId))).toContain('Dự thảo');
    expect((await act(t.app, c.giamdoc!, code, 'sign')).statusCode).toBe(200);
    result = (await documents()).find((x) => x.form === 'final')!;
    expect(result.signed).toBe(true);
    expect(result.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    resultPdf = await download(result.fileId);
    const text = await pdfText(resultPdf);
    expect(text).toContain('Nguyễn Thị Lan');
    expect(text).toContain('Đồng ý cấp phiếu');
    expect(text).toContain(`${result.verificationCode!.slice(0, 4)}-${result.verificationCode!.slice(4, 8)}-${result.verificationCode!.slice(8)}`);
    const v = verifyPdf(resultPdf);
    expect(v.signatures[0]).toMatchObject({ intact: true, signatureValid: true });
    const view = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}`, headers: { cookie: c.tiepnhan! } })).json();
    expect(view.digitisation).toMatchObject({ electronicResult: true, componentsDigitised: false, fullyDigitised: false });
  });

  it('public verification says authentic, names issuer and signer, and shows only initials', async () => {
    const lower = result.verificationCode!.toLowerCase().replace(/(.{4})(.{4})/, '$1-$2-');
    const r = await t.app.inject({ method: 'GET', url: `/api/public/verify/${lower}` });
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json();
    expect(v).toMatchObject({ status: 'valid', authentic: true, issuer: { agencyName: 'Sở Tư pháp tỉnh An Giang' }, dossier: { code, applicantInitials: 'N.T.L.' } });
    expect(v.signature.valid).toBe(true);
    expect(r.body).not.toContain('Nguyễn Thị Lan');
    expect(r.body).not.toContain('089195000123');
    expect((await t.app.inject({ method: 'GET', url: '/api/public/verify/ABCD-EFGH-JKMN' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/verify/khong-hop-le' })).statusCode).toBe(400);
  });

  it('an uploaded copy is checked byte for byte: the original passes, a changed byte fails', async () => {
    const ok = await t.app.inject({ method: 'POST', url: '/api/public/verify', ...multipart('ket-qua.pdf', resultPdf) });
    expect(ok.json()).toMatchObject({ status: 'valid', authentic: true });
    const tampered = Buffer.from(resultPdf);
    const at = tampered.indexOf('Nguy') > 0 ? tampered.indexOf('/Length') + 9 : 200;
    tampered[at] = tampered[at]! ^ 1;
    const bad = await t.app.inject({ method: 'POST', url: '/api/public/verify', ...multipart('ket-qua.pdf', tampered) });
    expect(bad.statusCode).toBe(200);
    expect(bad.json().authentic).toBe(false);
    const notPdf = await t.app.inject({ method: 'POST', url: '/api/public/verify', ...multipart('x.pdf', Buffer.from('MZ not a pdf')) });
    expect(notPdf.statusCode).toBe(415);
  });

  it('revoking with a replacement: the old code says replaced and points to the new, valid one', async () => {
    const forbidden = await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/documents/${result.id}/revoke`, headers: { cookie: c.tiepnhan! }, payload: { reason: 'Sai ngày sinh', replace: true } });
    expect(forbidden.statusCode).toBe(403);
    const r = await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/documents/${result.id}/revoke`, headers: { cookie: c.giamdoc! }, payload: { reason: 'Sai ngày sinh của người yêu cầu', replace: true } });
    expect(r.statusCode, r.body).toBe(200);
    const old = (await t.app.inject({ method: 'GET', url: `/api/public/verify/${result.verificationCode}` })).json();
    expect(old).toMatchObject({ status: 'replaced', authentic: false, revocation: { reason: 'Sai ngày sinh của người yêu cầu' } });
    const fresh = (await t.app.inject({ method: 'GET', url: old.replacement.url.replace(/^.*\/xac-thuc\//, '/api/public/verify/') })).json();
    expect(fresh).toMatchObject({ status: 'valid', authentic: true });
    const again = await t.app.inject({ method: 'POST', url: `/api/dossiers/${code}/documents/${result.id}/revoke`, headers: { cookie: c.giamdoc! }, payload: { reason: 'Lần hai', replace: false } });
    expect(again.statusCode).toBe(409);
  });

  it('prints the control sheet and the tracking book (PDF and Excel) for the agency and period', async () => {
    const sheet = await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/control-sheet.pdf`, headers: { cookie: c.tiepnhan! } });
    expect(sheet.statusCode).toBe(200);
    expect(await pdfText(sheet.rawPayload)).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const book = await t.app.inject({ method: 'GET', url: `/api/agencies/000.00.17.H04/tracking-book?from=${today}&to=${today}`, headers: { cookie: c.tiepnhan! } });
    expect(book.statusCode, book.body).toBe(200);
    const size = await pdfPageSize(book.rawPayload);
    expect(Math.round(Math.max(size.width, size.height))).toBe(842);
    expect(await pdfText(book.rawPayload)).toContain(code);
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/agencies/000.00.17.H04/tracking-book?from=${today}&to=${today}&format=xlsx`, headers: { cookie: c.tiepnhan! } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getSheetValues().flat().map(String);
    expect(cells).toContain(code);
    const other = await t.app.inject({ method: 'GET', url: `/api/agencies/000.00.17.H04/tracking-book?from=${today}&to=${today}`, headers: { cookie: c['motcua.longxuyen']! } });
    expect(other.statusCode).toBe(403);
  });

  it('the public lookup opens with the QR token or the last 4 digits of phone or ID, never with the code alone', async () => {
    const docs = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${code}/documents`, headers: { cookie: c.tiepnhan! } })).json() as Doc[];
    // The receipt prints the lookup address with its token (and encodes it in the QR).
    const printed = (await pdfText(await download(docs.find((d) => d.form === 'receipt')!.fileId))).replace(/\s+/g, '');
    const token = /tra-cuu\/[^?]+\?t=([A-Za-z0-9_-]{22})/.exec(printed)?.[1];
    expect(token).toBe(await lookupToken(t.db.store, code));
    for (const query of ['check=5678', 'check=0123', `t=${token}`]) {
      const r = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}?${query}` });
      expect(r.statusCode, query).toBe(200);
      expect(r.json()).toMatchObject({ code, status: 9, receivingAgency: 'Sở Tư pháp tỉnh An Giang' });
      expect(r.body).not.toContain('Nguyễn');
      expect(r.body).not.toContain('089195000123');
    }
    for (const query of ['', 'check=1111', 't=AAAAAAAAAAAAAAAAAAAAAA', 'check=12']) {
      const r = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}?${query}` });
      expect(r.statusCode, query).toBe(404);
    }
    const unknown = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code.slice(0, -4)}9999?check=5678` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('NOT_FOUND');
  });

  it('a result template with an unknown field is refused; a valid one is used for the next result', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/procedures/3.000334/result-template', headers: { cookie: c.quantri! } });
    expect(before.json()).toMatchObject({ isDefault: true, updatedAt: null });
    expect(before.json().fields.map((f: { name: string }) => f.name)).toContain('nguoi_nop.ho_ten');
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/3.000334/result-template', headers: { cookie: c.tiepnhan! } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/9.999999/result-template', headers: { cookie: c.quantri! } })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/procedures/3.000334/result-template', headers: { cookie: c.quantri! }, payload: { title: 'Phiếu', body: 'Cấp cho {{nguoi_nop.ten}}' } });
    expect(bad.statusCode).toBe(400);
    const ok = await t.app.inject({ method: 'PUT', url: '/api/procedures/3.000334/result-template', headers: { cookie: c.quantri! }, payload: { title: 'Phiếu lý lịch tư pháp số 1', body: 'Cấp cho ông/bà {{nguoi_nop.ho_ten}}, hồ sơ {{ho_so.ma}}.' } });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/3.000334/result-template', headers: { cookie: c.quantri! } })).json()).toMatchObject({ isDefault: false, title: 'Phiếu lý lịch tư pháp số 1' });
    const other = (await receive(t.app, c.tiepnhan!)).json().code;
    await act(t.app, c.tiepnhan!, other, 'forward');
    await act(t.app, c.chuyenvien!, other, 'claim');
    await act(t.app, c.chuyenvien!, other, 'forward');
    await act(t.app, c.truongphong!, other, 'approve');
    await act(t.app, c.giamdoc!, other, 'sign');
    const docs = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${other}/documents`, headers: { cookie: c.tiepnhan! } })).json() as Doc[];
    const text = await pdfText(await download(docs.find((d) => d.form === 'final')!.fileId));
    expect(text).toContain('PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1');
    expect(text).toContain(`Cấp cho ông/bà Nguyễn Thị Lan, hồ sơ ${other}.`);
  });
});
