import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Role } from '../../../domain/access';
import { useI18n } from '../../i18n';
import { flatten, useAgencies } from '../agencies/queries';
import { useMe } from '../auth/queries';
import { problemDetail } from '../dossiers/problems';
import { saveBlob } from './files';
import { downloadTrackingBook } from './queries';

/** Who keeps or reads an agency's tracking book (the server checks the same, scoped to the agency). */
export const BOOK_ROLES: readonly Role[] = ['reception', 'unit_head', 'agency_head', 'inspector'];

/** The agencies whose book the officer may print: those of their book-reading roles. */
export function useBookAgencies() {
  const me = useMe();
  const names = new Map(flatten(useAgencies().data ?? []).map((a) => [a.code, a.name]));
  const codes = [...new Set((me.data?.roles ?? []).filter((r) => BOOK_ROLES.includes(r.role) && r.agencyCode).map((r) => r.agencyCode!))];
  return codes.map((code) => ({ code, name: names.get(code) ?? code }));
}

/** "Sổ theo dõi hồ sơ": the agency's tracking book for a period (this month by default), as PDF or Excel. */
export function TrackingBookPanel({ agencies }: { agencies: { code: string; name: string }[] }) {
  const { t } = useI18n();
  const b = t.documents.book;
  const { message } = App.useApp();
  const [agency, setAgency] = useState<string | undefined>(agencies[0]?.code);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs().endOf('month')]);
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const code = agency ?? agencies[0]?.code;
  const download = async (format: 'pdf' | 'xlsx') => {
    if (!code) return;
    const [from, to] = range.map((d) => d.format('YYYY-MM-DD')) as [string, string];
    setBusy(format);
    try {
      const { blob, name } = await downloadTrackingBook(code, from, to, format);
      saveBlob(blob, name ?? `so-theo-doi-${code}-${from}-${to}.${format}`);
    } catch (e) {
      void message.error(problemDetail(e, t.error.generic));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card size="small" title={b.title} style={{ marginBottom: 16 }} data-testid="tracking-book">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {b.hint}
      </Typography.Paragraph>
      <Space wrap>
        {agencies.length > 1 && (
          <Select aria-label={b.agency} style={{ minWidth: 240 }} value={code} onChange={setAgency} options={agencies.map((a) => ({ value: a.code, label: a.name }))} />
        )}
        <DatePicker.RangePicker
          aria-label={b.period}
          format="DD/MM/YYYY"
          allowClear={false}
          value={range}
          onChange={(r) => r?.[0] && r[1] && setRange([r[0], r[1]])}
        />
        <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => void download('pdf')} data-testid="tracking-book-pdf">
          {b.pdf}
        </Button>
        <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')} data-testid="tracking-book-xlsx">
          {b.excel}
        </Button>
      </Space>
    </Card>
  );
}
