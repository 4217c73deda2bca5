import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReviewContent } from '../../../domain/review';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { CostCalculator } from './CostCalculator';
import { CriteriaForm } from './CriteriaForm';
import { ProposalEditor } from './ProposalEditor';
import { download, useReview, useReviewTransition, useSaveReview } from './queries';
import { TransitionBar } from './TransitionBar';
import type { Review } from './types';

const STATUS_COLOR = { draft: 'orange', submitted: 'blue', approved: 'green' } as const;

function Measured({ r }: { r: Review }) {
  const { t, fmt, lang } = useI18n();
  const d = t.review.detail;
  const decimal = (x: number) => (lang === 'vi' ? String(x).replace('.', ',') : String(x));
  const m = r.measured;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={d.measured} style={{ marginBottom: 12 }} data-testid="measured">
      <Descriptions.Item label={d.dossiersPerYear}>{m.dossiersPerYear}</Descriptions.Item>
      <Descriptions.Item label={d.medianDays}>{m.medianWorkingDays === null ? '—' : fmt(d.days, { n: decimal(m.medianWorkingDays) })}</Descriptions.Item>
      <Descriptions.Item label={d.timeLimit}>{m.timeLimit ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={d.supplementShare}>{m.supplementShare === null ? '—' : `${decimal(m.supplementShare)}%`}</Descriptions.Item>
      <Descriptions.Item label={d.fees}>
        {formatMoney(m.fees)}
        {m.unknownFees.length > 0 && <div>{fmt(d.unknownFees, { list: m.unknownFees.join(', ') })}</div>}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** A review: criteria, cost calculator (current vs proposed, live), problems and proposal; save, workflow and exports. */
export function ReviewEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const c = t.review;
  const { message } = App.useApp();
  const review = useReview(id);
  const save = useSaveReview(id);
  const transition = useReviewTransition(id);
  const [draft, setDraft] = useState<ReviewContent | null>(null);
  const r = review.data;
  useEffect(() => {
    if (r) setDraft(r.content);
    // Reset the editor only when the stored review changes (another version), not on every refetch.
  }, [r?.id, r?.version]);

  if (review.isPending || !draft) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (review.isError || !r) return <Alert type="error" showIcon title={review.error?.message ?? t.error.generic} />;
  const readOnly = !r.canEdit;
  const exportFile = (path: string, name: string) => void download(`/api/reviews/${r.id}/${path}`, name).catch((e: Error) => void message.error(e.message));

  return (
    <>
      <Typography.Title level={3} style={{ marginBottom: 4 }} data-testid="review-title">
        {r.procedure.name}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{r.procedure.code}</Tag>
        <Tag>
          {c.detail.version} {r.procedure.versionNo}
        </Tag>
        <Tag color={STATUS_COLOR[r.status]} data-testid="review-status">
          {c.common.statuses[r.status]}
        </Tag>
        <Typography.Text type="secondary">{r.agency.name}</Typography.Text>
      </Space>
      {r.returnReason && r.status === 'draft' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t.review.detail.returned.replace('{reason}', r.returnReason)} />}
      {readOnly && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={c.detail.readOnly} />}
      <Space wrap style={{ marginBottom: 12 }}>
        {!readOnly && (
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={save.isPending}
            data-testid="save-review"
            onClick={() => save.mutate({ version: r.version, content: draft }, { onSuccess: () => void message.success(c.common.saved), onError: (e) => void message.error(e.message) })}
          >
            {c.common.save}
          </Button>
        )}
        <TransitionBar
          actions={r.availableActions}
          loading={transition.isPending}
          onAction={(action, reason) => transition.mutate({ action, version: r.version, ...(reason && { reason }) }, { onSuccess: () => void message.success(c.common.done), onError: (e) => void message.error(e.message) })}
        />
        <Button icon={<DownloadOutlined />} onClick={() => exportFile('report.docx', 'bao-cao-ra-soat.docx')} data-testid="export-report">
          {c.detail.exportReport}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => exportFile('proposal.docx', 'phuong-an.docx')} data-testid="export-proposal">
          {c.detail.exportProposal}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => exportFile('costs.xlsx', 'chi-phi-tuan-thu.xlsx')} data-testid="export-costs">
          {c.detail.exportCosts}
        </Button>
      </Space>
      <Measured r={r} />
      <Tabs
        defaultActiveKey="costs"
        items={[
          { key: 'criteria', label: c.detail.tabCriteria, children: <CriteriaForm value={draft.criteria} onChange={(criteria) => setDraft({ ...draft, criteria })} readOnly={readOnly} /> },
          { key: 'costs', label: c.detail.tabCosts, children: <CostCalculator value={draft.costs} onChange={(costs) => setDraft({ ...draft, costs })} readOnly={readOnly} /> },
          { key: 'proposal', label: c.detail.tabProposal, children: <ProposalEditor value={draft} onChange={(v) => setDraft({ ...draft, ...v })} readOnly={readOnly} /> },
        ]}
      />
    </>
  );
}
