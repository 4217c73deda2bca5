import { Card, Descriptions, Grid, List, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { ScanLink } from '../documents/ScanLink';
import { flatten, useAgencies } from '../agencies/queries';
import { DueText, StatusTag, UrgencyTag } from './display';
import type { Applicant, DossierView } from './types';

const who = (a: Applicant) => `${a.name} · ${a.idNumber}`;

/** Header of the dossier page: code, status, procedure, applicant, dates (late badge, original due when extended), assignee. */
export function DossierSummary({ dossier: d, procedureName }: { dossier: DossierView; procedureName: string | undefined }) {
  const { t, fmt } = useI18n();
  const pg = t.dossier.page;
  const agencies = new Map(flatten(useAgencies().data ?? []).map((a) => [a.code, a.name]));
  const extended = d.originalDueAt && d.dueAt && d.originalDueAt !== d.dueAt;
  const narrow = !Grid.useBreakpoint().md;
  return (
    <Card style={{ marginBottom: 16 }} data-testid="dossier-summary">
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }} data-testid="dossier-title" copyable={{ text: d.code }}>
          {d.code}
        </Typography.Title>
        <StatusTag status={d.status} />
        <UrgencyTag item={d} />
        {d.importedAt && (
          <Tag color="purple" data-testid="imported-tag">
            {t.dossierImport.importedTag}
          </Tag>
        )}
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        bordered={!narrow}
        layout={narrow ? 'vertical' : 'horizontal'}
        items={[
          {
            key: 'procedure',
            label: pg.procedure,
            span: 'filled',
            children: (
              <>
                <Typography.Text type="secondary">{d.procedure.code}</Typography.Text> {procedureName}
              </>
            ),
          },
          {
            key: 'applicant',
            label: pg.applicant,
            children: (
              <>
                <span data-testid="dossier-applicant">{who(d.applicant)}</span>
                {d.applicant.phone && <div>{d.applicant.phone}</div>}
              </>
            ),
          },
          ...(d.owner ? [{ key: 'owner', label: pg.owner, children: who(d.owner) }] : []),
          { key: 'channel', label: pg.channel, children: t.procedure.channel[d.channel] },
          { key: 'received', label: pg.receivedAt, children: formatDateTime(d.receivedAt) },
          {
            key: 'due',
            label: pg.dueAt,
            children: (
              <>
                <DueText item={d} />
                {extended && (
                  <Typography.Text type="secondary" data-testid="original-due">
                    {' '}
                    ({fmt(pg.originalDue, { date: formatDateTime(d.originalDueAt) })})
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'assignee',
            label: pg.assignee,
            children: <span data-testid="dossier-assignee">{d.assignee ? d.assignee.fullName : <Typography.Text type="secondary">{pg.unassigned}</Typography.Text>}</span>,
          },
          { key: 'agency', label: pg.agency, children: agencies.get(d.receivingAgency ?? '') ?? d.receivingAgency },
          ...(d.finishedAt ? [{ key: 'finished', label: pg.finishedAt, children: formatDateTime(d.finishedAt) }] : []),
          ...(d.returnedAt ? [{ key: 'returned', label: pg.returnedAt, children: formatDateTime(d.returnedAt) }] : []),
          ...(d.note ? [{ key: 'note', label: pg.note, span: 'filled' as const, children: d.note }] : []),
        ]}
      />
    </Card>
  );
}

export function DocumentList({ dossier }: { dossier: DossierView }) {
  const { t } = useI18n();
  return (
    <Card title={t.dossier.page.documents} size="small" style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={dossier.documents}
        locale={{ emptyText: t.procedure.none }}
        renderItem={(doc, i) => (
          <List.Item style={{ display: 'block', paddingInline: 0 }} data-testid="dossier-document">
            {i + 1}. {doc.name}{' '}
            <Space size={4}>
              {doc.copies && <Typography.Text type="secondary">{doc.copies}</Typography.Text>}
              {doc.digitised && <Tag color="blue">{t.dossier.page.digitised}</Tag>}
              {doc.fileId && <ScanLink fileId={doc.fileId} name={doc.name} />}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
