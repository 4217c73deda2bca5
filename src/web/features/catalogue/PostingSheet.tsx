/**
 * Printable A4 posting sheets (niêm yết): one procedure, or the list of an agency's procedures.
 * Plain HTML tables so the browser's print engine lays them out without the app's scroll boxes;
 * the app chrome and anything marked .no-print is hidden when printing.
 */
import type { ReactNode } from 'react';
import type { ChannelInfo } from '../../../domain/procedure';
import { formatToday } from '../../format';
import { useI18n } from '../../i18n';
import { feeAmountText, onlineLabel, plainTime, sameText } from './display';
import type { ProcedureDetail } from './types';

const CSS = `
.niem-yet { background: #fff; color: #000; font-family: 'Times New Roman', Times, serif; font-size: 15px; line-height: 1.45;
  max-width: 210mm; margin: 0 auto 24px; padding: 15mm; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
.niem-yet h1 { font-size: 20px; text-align: center; margin: 18px 0 4px; font-weight: bold; }
.niem-yet h2 { font-size: 16px; margin: 14px 0 6px; font-weight: bold; }
.niem-yet .subtitle { text-align: center; font-weight: bold; margin-bottom: 12px; }
.niem-yet .heading { display: flex; justify-content: space-between; gap: 16px; text-align: center; font-size: 14px; }
.niem-yet .heading > div { flex: 1; }
.niem-yet .heading .nation { font-weight: bold; white-space: nowrap; }
.niem-yet .heading .motto { font-weight: bold; display: inline-block; border-bottom: 1px solid #000; padding-bottom: 2px; }
.niem-yet .heading .agency { font-weight: bold; text-transform: uppercase; }
.niem-yet table { width: 100%; border-collapse: collapse; margin: 4px 0 8px; }
.niem-yet th, .niem-yet td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; }
.niem-yet th { background: #f0f0f0; }
.niem-yet td.num { text-align: center; white-space: nowrap; }
.niem-yet dl { display: grid; grid-template-columns: 38% 1fr; margin: 0; }
.niem-yet dt, .niem-yet dd { margin: 0; padding: 3px 6px; border-bottom: 1px dotted #999; }
.niem-yet dt { font-weight: bold; }
.niem-yet p { margin: 0 0 6px; white-space: pre-line; }
.niem-yet .printed { text-align: right; font-style: italic; margin-top: 16px; font-size: 13px; }
@media (max-width: 640px) {
  .niem-yet { padding: 12px; font-size: 14px; }
  .niem-yet .heading { flex-direction: column; gap: 6px; }
  .niem-yet .heading .nation { white-space: normal; }
  .niem-yet dl { grid-template-columns: 1fr; }
  .niem-yet .wide { overflow-x: auto; }
  .niem-yet .wide > table.list { min-width: 680px; }
}
@page { size: A4; margin: 15mm; }
@media print {
  .ant-layout-header, .ant-layout-footer, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; margin: 0 !important; max-width: none !important; }
  .niem-yet { box-shadow: none; padding: 0; margin: 0; max-width: none; font-size: 13pt; }
  .niem-yet tr, .niem-yet dt, .niem-yet dd { break-inside: avoid; }
  .niem-yet h2 { break-after: avoid; }
}
`;

/** The paper: print rules, national heading and title. */
export function Sheet({ agency, title, subtitle, children }: { agency: string; title: string; subtitle?: string; children: ReactNode }) {
  const { t, fmt } = useI18n();
  const s = t.procedure.sheet;
  return (
    <div className="niem-yet" data-testid="posting-sheet">
      <style>{CSS}</style>
      <div className="heading">
        <div className="agency">{agency}</div>
        <div>
          <div className="nation">{s.nation}</div>
          <div className="motto">{s.motto}</div>
        </div>
      </div>
      <h1>{title}</h1>
      {subtitle && <div className="subtitle">{subtitle}</div>}
      {children}
      <div className="printed">{fmt(s.printedOn, { date: formatToday() })}</div>
    </div>
  );
}

/** "Trực tiếp: 10 ngày làm việc" per channel. */
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** One line per channel; in the list, long written fee texts are clipped (the procedure's own sheet has them in full). */
function ChannelLines({ channels, part, max = Infinity }: { channels: ChannelInfo[]; part: 'time' | 'fees'; max?: number }) {
  const { t } = useI18n();
  const p = t.procedure;
  return (
    <>
      {channels.map((c) => (
        <div key={c.channel}>
          {channels.length > 1 && <b>{p.channel[c.channel]}: </b>}
          {part === 'time'
            ? (plainTime(p, c.processingTime) ?? c.processingTime.asWritten) || '—'
            : c.fees.length === 0
              ? p.free
              : clip(c.fees.map((f) => `${f.label}: ${feeAmountText(p, f)}`).join('; '), max)}
        </div>
      ))}
    </>
  );
}

/** One procedure's posting sheet: everything a citizen needs, on paper. */
export function ProcedureSheet({ d, agency }: { d: ProcedureDetail; agency: string }) {
  const { t, fmt } = useI18n();
  const p = t.procedure;
  const prose = (s: string) => s.trim() || p.notStated;
  return (
    <Sheet agency={agency} title={t.procedure.sheet.title} subtitle={d.name}>
      <dl>
        <dt>{p.code}</dt>
        <dd>{d.code}</dd>
        <dt>{p.field}</dt>
        <dd>{d.field}</dd>
        <dt>{p.levels}</dt>
        <dd>{d.levels.map((l) => t.level[l]).join(', ')}</dd>
        <dt>{p.implementingAgency}</dt>
        <dd>{d.implementingAgency}</dd>
        <dt>{p.onlineLevel}</dt>
        <dd>{onlineLabel(p, d.onlineLevel)}</dd>
        <dt>{p.decisionRef}</dt>
        <dd>{d.decisionRef}</dd>
        {d.locationIndependent && (
          <>
            <dt>{p.locationIndependent}</dt>
            <dd>{p.locationIndependentNote}</dd>
          </>
        )}
      </dl>
      <h2>1. {p.channelsTitle}</h2>
      <div className="wide">
        <table>
          <thead>
            <tr>
              <th>{p.channelCol}</th>
              <th>{p.time}</th>
              <th>{p.fees}</th>
            </tr>
          </thead>
          <tbody>
            {d.channels.map((c) => (
              <tr key={c.channel}>
                <td>{p.channel[c.channel]}</td>
                <td>
                  {plainTime(p, c.processingTime) && <b>{plainTime(p, c.processingTime)}</b>}
                  {c.processingTime.asWritten && !sameText(c.processingTime.asWritten, plainTime(p, c.processingTime)) && <div>{c.processingTime.asWritten}</div>}
                </td>
                <td>
                  <ChannelLines channels={[c]} part="fees" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>2. {p.documentsTitle}</h2>
      <div className="wide">
        <table>
          <colgroup>
            <col style={{ width: '7%' }} />
            <col style={{ width: '61%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '14%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{p.sheet.no}</th>
              <th>{p.documentName}</th>
              <th>{p.copies}</th>
              <th>{p.requiredCol}</th>
            </tr>
          </thead>
          <tbody>
            {d.documents.map((doc, i) => (
              <tr key={i}>
                <td className="num">{i + 1}</td>
                <td>
                  {doc.name}
                  {doc.forms.length > 0 && <div>{p.forms}: {doc.forms.map((f) => f.name).join('; ')}</div>}
                  {doc.reuse && <div>{fmt(p.reusable, { kind: p.reuseKind[doc.reuse] })}</div>}
                </td>
                <td>{doc.copies || '—'}</td>
                <td>{doc.required ? p.required : p.optional}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>3. {p.subjects}</h2>
      <p>{prose(d.subjects)}</p>
      <h2>4. {p.conditions}</h2>
      <p>{prose(d.conditions)}</p>
      <h2>5. {p.result}</h2>
      <p>{prose(d.result)}</p>
      <h2>6. {p.legalBases}</h2>
      {d.legalBases.length === 0 ? <p>{p.none}</p> : <ul>{d.legalBases.map((l, i) => <li key={i}>{l}</li>)}</ul>}
      <h2>7. {p.whereTitle}</h2>
      {d.assignments.length === 0 ? (
        <p>{p.noAssignment}</p>
      ) : (
        <ul>
          {d.assignments.map((a) => (
            <li key={a.agencyCode}>
              {a.agencyName} ({a.channels.map((c) => p.channel[c]).join(', ')})
            </li>
          ))}
        </ul>
      )}
    </Sheet>
  );
}

/** The posting list of an agency: STT, code, name, field, time, fees. */
export function AgencyListSheet({ agency, rows }: { agency: string; rows: ProcedureDetail[] }) {
  const { t, fmt } = useI18n();
  const p = t.procedure;
  return (
    <Sheet agency={agency} title={p.sheet.listTitle} subtitle={fmt(p.sheet.listOf, { agency })}>
      <div className="wide">
        <table className="list" data-testid="posting-list">
          <colgroup>
            <col style={{ width: '5%' }} />
            <col style={{ width: '10%' }} />
            <col style={{ width: '31%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '17%' }} />
            <col style={{ width: '24%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{p.sheet.no}</th>
              <th>{p.code}</th>
              <th>{p.name}</th>
              <th>{p.field}</th>
              <th>{p.time}</th>
              <th>{p.fees}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d, i) => (
              <tr key={d.code}>
                <td className="num">{i + 1}</td>
                <td className="num">{d.code}</td>
                <td>{d.name}</td>
                <td>{d.field}</td>
                <td>
                  <ChannelLines channels={d.channels} part="time" />
                </td>
                <td>
                  <ChannelLines channels={d.channels} part="fees" max={160} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{fmt(p.sheet.total, { n: String(rows.length) })}</p>
    </Sheet>
  );
}
