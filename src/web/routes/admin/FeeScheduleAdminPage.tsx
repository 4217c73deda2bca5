import { ArrowLeftOutlined } from '@ant-design/icons';
import { Collapse, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { useProcedure } from '../../features/catalogue/queries';
import { useFeeSchedule } from '../../features/payments/admin-queries';
import { FeeScheduleEditor } from '../../features/payments/FeeScheduleEditor';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';

/** /quan-tri/bieu-phi/:code — one procedure's fee schedule, beside the fee text its published version states. */
export function FeeScheduleAdminPage() {
  const { code = '' } = useParams();
  const { t, fmt } = useI18n();
  const s = t.payments.feeAdmin;
  const valid = PROCEDURE_CODE_PATTERN.test(code);
  const procedure = useProcedure(valid ? code : undefined);
  const schedule = useFeeSchedule(code);
  const [reloads, setReloads] = useState(0);

  if (!valid) return <Result status="404" title="404" subTitle={t.catalogueAdmin.codePattern} />;
  if (schedule.isPending || procedure.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (schedule.error) return <Result status="error" subTitle={schedule.error.message} />;

  const p = procedure.data;
  const channels = p?.channels.map((c) => c.channel) ?? ['direct' as const];
  const published = p?.channels.flatMap((c) => c.fees.map((f, i) => ({ key: `${c.channel}-${i}`, channel: c.channel, text: f.asWritten || `${f.label}: ${f.amount ?? '—'}` }))) ?? [];
  const view = schedule.data;
  return (
    <>
      <Link to="/quan-tri/bieu-phi">
        <ArrowLeftOutlined /> {s.back}
      </Link>
      <Typography.Title level={2} style={{ marginTop: 8 }} data-testid="fee-admin-title">
        {p?.name ?? code}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{code}</Tag>
        {p && <Tag color="blue">{fmt(s.versionInfo, { version: String(p.version), date: formatDate(p.effectiveFrom) })}</Tag>}
        {view.configured ? <Tag color="green" data-testid="fee-configured">{fmt(s.configured, { version: String(view.version) })}</Tag> : <Tag data-testid="fee-configured">{s.fromCatalogue}</Tag>}
      </Space>
      {published.length > 0 && (
        <Collapse
          size="small"
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'published',
              label: s.published,
              children: published.map((f) => (
                <Typography.Paragraph key={f.key} style={{ marginBottom: 4 }}>
                  <b>{t.payments.report.channels[f.channel]}:</b> {f.text}
                </Typography.Paragraph>
              )),
            },
          ]}
        />
      )}
      <FeeScheduleEditor
        key={reloads}
        code={code}
        view={view}
        channels={channels}
        onReload={() => void schedule.refetch().then(() => setReloads((n) => n + 1))}
      />
    </>
  );
}
