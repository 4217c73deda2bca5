/** Small pieces that show a dossier's status and deadline the same way on every screen. */
import { Tag, Typography } from 'antd';
import { STATUSES, type StatusCode } from '../../../domain/dossier';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';

const STATUS_COLOURS: Record<StatusCode, string> = {
  1: 'blue',
  2: 'cyan',
  3: 'default',
  4: 'processing',
  5: 'orange',
  6: 'gold',
  7: 'default',
  8: 'red',
  9: 'green',
  10: 'success',
};

export function StatusTag({ status }: { status: StatusCode }) {
  const { lang } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid="status-tag" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
      {STATUSES[status][lang]}
    </Tag>
  );
}

export type Urgency = 'late' | 'soon' | 'onTime' | 'none';
export const urgencyOf = (d: { dueAt: string | null; late: boolean; dueSoon: boolean }): Urgency => (!d.dueAt ? 'none' : d.late ? 'late' : d.dueSoon ? 'soon' : 'onTime');
export const URGENCY_COLOURS: Record<Urgency, string> = { late: '#cf1322', soon: '#d46b08', onTime: '#389e0d', none: 'inherit' };

/** The due date coloured red when late, orange when due soon, green otherwise; the word spelled out for screen readers and print. */
export function DueText({ item }: { item: { dueAt: string | null; late: boolean; dueSoon: boolean } }) {
  const { t } = useI18n();
  const u = urgencyOf(item);
  if (u === 'none') return <Typography.Text type="secondary">{t.dossier.due.none}</Typography.Text>;
  return (
    <span style={{ color: URGENCY_COLOURS[u], fontWeight: u === 'onTime' ? undefined : 600 }} data-testid="due" data-urgency={u} title={t.dossier.due[u]}>
      {formatDateTime(item.dueAt)}
    </span>
  );
}

export function UrgencyTag({ item }: { item: { dueAt: string | null; late: boolean; dueSoon: boolean } }) {
  const { t } = useI18n();
  const u = urgencyOf(item);
  if (u === 'none' || u === 'onTime') return null;
  return (
    <Tag color={u === 'late' ? 'red' : 'orange'} data-testid={`urgency-${u}`}>
      {t.dossier.due[u]}
    </Tag>
  );
}

/** Wall-clock time between two instants as "2 ngày 3 giờ", "45 phút". */
export function elapsed(from: string, to: string | null, units: { d: string; h: string; m: string }, now = Date.now()): string {
  const minutes = Math.max(0, Math.round(((to ? new Date(to).getTime() : now) - new Date(from).getTime()) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return `${d} ${units.d}${h ? ` ${h} ${units.h}` : ''}`;
  if (h > 0) return `${h} ${units.h}${m ? ` ${m} ${units.m}` : ''}`;
  return `${m} ${units.m}`;
}
