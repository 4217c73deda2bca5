import { Alert, Card, Space, Tag, Typography } from 'antd';
import { statutoryHours } from '../../../domain/dossier';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { plainTime } from '../catalogue/display';
import type { ProcessOverview } from './types';

/** The statutory time of each channel, whether the agency follows the default or an approved version, and what the table holds. */
export function ProcessStatus({ o }: { o: ProcessOverview }) {
  const { t, fmt } = useI18n();
  const p = t.process;
  const inForce = o.inForce;
  const showing = o.draft ? fmt(p.showingDraft, { version: String(o.draft.versionNo) }) : inForce ? p.showingInForce : p.showingDefault;

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <div>
            <Typography.Text type="secondary">{p.statutory}: </Typography.Text>
            <Space wrap size={[16, 4]} style={{ display: 'inline-flex' }}>
              {o.statutory.map((s) => {
                const hours = s.time ? statutoryHours(s.time) : null;
                const text = s.time ? (plainTime(t.procedure, s.time) ?? (s.time.asWritten || p.unknownTime)) : p.unknownTime;
                return (
                  <span key={s.channel} data-testid="statutory-time">
                    {t.procedure.channel[s.channel]}: <Typography.Text strong>{text}</Typography.Text>
                    {hours !== null && <Typography.Text type="secondary"> ({fmt(p.statutoryHours, { hours: String(hours) })})</Typography.Text>}
                  </span>
                );
              })}
            </Space>
          </div>
          <Space wrap size={[8, 4]} data-testid="process-state">
            {inForce ? (
              <>
                <Tag color="green">{fmt(p.inForce, { version: String(inForce.versionNo) })}</Tag>
                <Typography.Text type="secondary">
                  {fmt(p.inForceDetail, { number: inForce.decisionNumber ?? '—', date: formatDate(inForce.decisionDate), from: formatDate(inForce.effectiveFrom) })}
                </Typography.Text>
              </>
            ) : (
              <Tag color="gold">{p.usingDefault}</Tag>
            )}
            {o.draft && <Tag color="orange">{fmt(p.hasDraft, { version: String(o.draft.versionNo) })}</Tag>}
          </Space>
        </Space>
      </Card>
      <Alert type={o.draft ? 'warning' : 'info'} showIcon title={showing} style={{ marginBottom: 12 }} data-testid="process-showing" />
    </>
  );
}
