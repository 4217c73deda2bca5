/**
 * The printable A5 receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả): code, applicant, procedure,
 * documents, received and due dates, two signatures. A plain HTML page for the browser's print
 * engine; the app chrome and anything marked .no-print is hidden when printing. The formal PDF
 * (Mẫu 01, TT 01/2018) is produced by the server elsewhere.
 */
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import type { DossierView } from './types';

const CSS = `
.giay-tiep-nhan { background: #fff; color: #000; font-family: 'Times New Roman', Times, serif; font-size: 14px; line-height: 1.4;
  max-width: 148mm; margin: 16px auto; padding: 10mm; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
.giay-tiep-nhan .heading { display: flex; justify-content: space-between; gap: 8px; text-align: center; font-size: 12px; }
.giay-tiep-nhan .heading > div { flex: 1; }
.giay-tiep-nhan .agency, .giay-tiep-nhan .nation { font-weight: bold; }
.giay-tiep-nhan .agency { text-transform: uppercase; }
.giay-tiep-nhan .motto { font-weight: bold; display: inline-block; border-bottom: 1px solid #000; }
.giay-tiep-nhan h1 { font-size: 15px; text-align: center; margin: 14px 0 4px; font-weight: bold; }
.giay-tiep-nhan .code { text-align: center; font-size: 16px; font-weight: bold; letter-spacing: .5px; margin-bottom: 10px; }
.giay-tiep-nhan dl { display: grid; grid-template-columns: 36% 1fr; margin: 0 0 8px; }
.giay-tiep-nhan dt, .giay-tiep-nhan dd { margin: 0; padding: 2px 4px; }
.giay-tiep-nhan table { width: 100%; border-collapse: collapse; margin: 4px 0 8px; }
.giay-tiep-nhan th, .giay-tiep-nhan td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; text-align: left; }
.giay-tiep-nhan td.num { text-align: center; width: 28px; }
.giay-tiep-nhan .signs { display: flex; justify-content: space-between; text-align: center; margin-top: 12px; font-size: 12px; }
.giay-tiep-nhan .signs > div { flex: 1; min-height: 70px; }
.giay-tiep-nhan .lookup { font-style: italic; font-size: 12px; }
@media (max-width: 640px) { .giay-tiep-nhan { padding: 12px; } .giay-tiep-nhan .heading { flex-direction: column; } .giay-tiep-nhan dl { grid-template-columns: 1fr; } }
@page { size: A5; margin: 8mm; }
@media print {
  .ant-layout-header, .ant-layout-footer, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .giay-tiep-nhan { box-shadow: none; margin: 0; padding: 0; max-width: none; font-size: 11pt; }
}
`;

export function ReceiptSheet({ dossier, agencyName, procedureName, officer }: { dossier: DossierView; agencyName: string; procedureName: string; officer: string }) {
  const { t } = useI18n();
  const r = t.dossier.receipt;
  const s = t.procedure.sheet;
  const a = dossier.applicant;
  return (
    <div className="giay-tiep-nhan" data-testid="receipt-sheet">
      <style>{CSS}</style>
      <div className="heading">
        <div className="agency">{agencyName}</div>
        <div>
          <div className="nation">{s.nation}</div>
          <div className="motto">{s.motto}</div>
        </div>
      </div>
      <h1>{r.title}</h1>
      <div className="code">
        {r.code}: {dossier.code}
      </div>
      <dl>
        <dt>{r.applicant}:</dt>
        <dd>{a.name}</dd>
        <dt>{r.idNumber}:</dt>
        <dd>{a.idNumber}</dd>
        {a.phone && (
          <>
            <dt>{r.phone}:</dt>
            <dd>{a.phone}</dd>
          </>
        )}
        {a.address && (
          <>
            <dt>{r.address}:</dt>
            <dd>{a.address}</dd>
          </>
        )}
        <dt>{r.procedure}:</dt>
        <dd>
          {procedureName} ({dossier.procedure.code})
        </dd>
      </dl>
      <div>{r.documents}:</div>
      <table>
        <thead>
          <tr>
            <th>{s.no}</th>
            <th>{t.procedure.documentName}</th>
            <th>{r.copies}</th>
          </tr>
        </thead>
        <tbody>
          {dossier.documents.map((d, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>{d.name}</td>
              <td>{d.copies || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl>
        <dt>{r.received}:</dt>
        <dd>{formatDateTime(dossier.receivedAt)}</dd>
        <dt>{r.due}:</dt>
        <dd>
          <b>{dossier.dueAt ? formatDateTime(dossier.dueAt) : t.dossier.counter.noDue}</b>
        </dd>
      </dl>
      <div className="lookup">{r.lookup}</div>
      <div className="signs">
        <div>
          <b>{r.applicantSign}</b>
          <div>{r.signHint}</div>
          <div style={{ marginTop: 40 }}>{a.name}</div>
        </div>
        <div>
          <b>{r.officerSign}</b>
          <div>{r.signHint}</div>
          <div style={{ marginTop: 40 }}>{officer}</div>
        </div>
      </div>
    </div>
  );
}
