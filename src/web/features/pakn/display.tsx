import { Tag, Typography } from 'antd';
import type { PaknCategory, PaknStatus } from '../../../domain/pakn';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { TAG } from '../online/theme';

const STATUS_COLOUR: Record<PaknStatus, string> = {
  received: TAG.info,
  in_progress: TAG.info,
  awaiting_supplement: TAG.warning,
  awaiting_approval: TAG.warning,
  awaiting_publication: TAG.warning,
  published: TAG.success,
  forwarded: TAG.neutral,
  merged: TAG.neutral,
  refused: TAG.danger,
  not_accepted: TAG.danger,
};

export function StatusTag({ status }: { status: PaknStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOUR[status]} data-testid="pakn-status" data-status={status}>
      {t.pakn.status[status]}
    </Tag>
  );
}

export function CategoryTag({ category }: { category: PaknCategory | null }) {
  const { t } = useI18n();
  return <Tag>{t.pakn.category[category ?? 'none']}</Tag>;
}

/** A deadline, red when past and the item still open. */
export function Due({ at, overdue }: { at: string | null; overdue?: boolean }) {
  const { t } = useI18n();
  if (!at) return <>—</>;
  return (
    <Typography.Text type={overdue ? 'danger' : undefined} data-testid="pakn-due">
      {formatDateTime(at)}
      {overdue ? ` · ${t.pakn.workspace.overdue}` : ''}
    </Typography.Text>
  );
}

/** Multi-line text as written (answers, content). */
export const Prose = ({ text, testId }: { text: string; testId?: string }) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid={testId}>
    {text}
  </Typography.Paragraph>
);
