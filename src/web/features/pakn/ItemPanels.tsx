import { Button, Card, Descriptions, List, Space, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PaknAction } from '../../../domain/pakn';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { CategoryTag, Due, Prose } from './display';
import type { OfficerItem } from './types';

/** The parts of an item's page: what was sent, by whom, how it is classified, its deadlines, links and history. */
export function ContentPanel({ item }: { item: OfficerItem }) {
  const { t } = useI18n();
  const w = t.pakn.workspace;
  const s = item.sender;
  return (
    <Card size="small" title={w.content} style={{ marginBottom: 16 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="pakn-item-title">
        {item.title}
      </Typography.Title>
      <Prose text={item.content} testId="pakn-item-content" />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginTop: 12 }}
        items={[
          { key: 'sender', label: w.senderInfo, children: [s.name, s.hasAccount ? `(${w.account})` : null].filter(Boolean).join(' ') || '—' },
          { key: 'phone', label: t.pakn.send.senderPhone, children: s.phone ?? '—' },
          { key: 'address', label: t.pakn.send.senderAddress, children: s.address ?? '—' },
          { key: 'email', label: t.pakn.send.senderEmail, children: s.email ?? '—' },
          { key: 'channel', label: t.pakn.desk.channel, children: t.pakn.channel[item.channel] },
          { key: 'received', label: w.received, children: formatDateTime(item.receivedAt) },
        ]}
      />
    </Card>
  );
}

export function ClassificationPanel({ item }: { item: OfficerItem }) {
  const { t } = useI18n();
  const w = t.pakn.workspace;
  return (
    <Card size="small" title={w.classification} style={{ marginBottom: 16 }} data-testid="pakn-classification">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'cat', label: w.filterCategory, children: <CategoryTag category={item.category} /> },
          { key: 'comp', label: w.competence, children: item.withinCompetence === null ? '—' : item.withinCompetence ? w.within : w.outside },
          { key: 'proc', label: t.pakn.portal.procedure, children: item.procedure ? `${item.procedure.code} · ${item.procedure.name ?? ''}` : '—' },
          { key: 'dossier', label: t.pakn.fields.dossierCode, children: item.dossierCode ? <Link to={`/can-bo/ho-so/${item.dossierCode}`}>{item.dossierCode}</Link> : '—' },
          ...(item.category === 'behaviour' && item.substantiated !== null ? [{ key: 'sub', label: t.pakn.fields.substantiated, children: item.substantiated ? t.pakn.fields.founded : t.pakn.fields.unfounded }] : []),
          ...(item.notAcceptedReason ? [{ key: 'na', label: t.pakn.status.not_accepted, children: item.notAcceptedReason }] : []),
          ...(item.refusalReason ? [{ key: 'rf', label: t.pakn.status.refused, children: item.refusalReason }] : []),
          ...(item.forwardedTo ? [{ key: 'fw', label: t.pakn.status.forwarded, children: item.forwardedTo }] : []),
        ]}
      />
    </Card>
  );
}

export function DeadlinesPanel({ item }: { item: OfficerItem }) {
  const { t } = useI18n();
  const w = t.pakn.workspace;
  const d = item.deadlines;
  const open = item.finishedAt === null;
  return (
    <Card size="small" title={w.deadlines} style={{ marginBottom: 16 }} data-testid="pakn-deadlines">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'cur', label: w.due, children: <Due at={d.current} overdue={item.overdue} /> },
          ...(item.status === 'received' ? [{ key: 'ref', label: w.deadlineRefuse, children: <Due at={d.refuse} overdue={open && !!d.refuse && new Date(d.refuse) < new Date()} /> }] : []),
          { key: 'fw', label: w.deadlineForward, children: formatDateTime(d.forward) },
          { key: 'sup', label: w.deadlineSupplement, children: formatDateTime(d.supplement) },
          { key: 'proc', label: w.deadlineProcess, children: <span data-testid="pakn-process-due">{formatDateTime(d.process)}</span> },
          ...(d.publish ? [{ key: 'pub', label: w.deadlinePublish, children: formatDateTime(d.publish) }] : []),
          ...(item.finishedOnTime !== null ? [{ key: 'ot', label: t.pakn.dashboard.finished, children: <Tag color={item.finishedOnTime ? 'green' : 'red'}>{item.finishedOnTime ? w.onTime : w.late}</Tag> }] : []),
          ...(item.extended ? [{ key: 'ext', label: w.extended, children: <Tag color="orange">{w.extended}</Tag> }] : []),
          { key: 'rules', label: w.ruleSet, children: <Typography.Text type="secondary">{item.ruleSet.decision}</Typography.Text> },
        ]}
      />
    </Card>
  );
}

export function LinksPanel({ item, onMerge }: { item: OfficerItem; onMerge: ((code: string) => void) | null }) {
  const { t, fmt } = useI18n();
  const w = t.pakn.workspace;
  const link = (code: string) => <Link to={`/can-bo/pakn/${code}`}>{code}</Link>;
  const rows: { key: string; label: string; children: ReactNode }[] = [];
  if (item.previousCode) rows.push({ key: 'p', label: w.previous, children: link(item.previousCode) });
  if (item.forwardedFromCode) rows.push({ key: 'f', label: w.forwardedFrom, children: link(item.forwardedFromCode) });
  if (item.duplicateOfCode) rows.push({ key: 'd', label: w.duplicateOf, children: link(item.duplicateOfCode) });
  if (item.mergedCodes.length > 0) rows.push({ key: 'm', label: w.merged, children: <Space wrap>{item.mergedCodes.map((c) => <span key={c}>{link(c)}</span>)}</Space> });
  if (rows.length === 0 && item.duplicateCandidates.length === 0) return null;
  return (
    <Card size="small" title={w.links} style={{ marginBottom: 16 }}>
      {rows.length > 0 && <Descriptions size="small" column={1} items={rows} />}
      {item.duplicateCandidates.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{w.candidates}</Typography.Text>}
          dataSource={item.duplicateCandidates}
          data-testid="pakn-candidates"
          renderItem={(c) => (
            <List.Item actions={onMerge ? [<Button key="m" size="small" onClick={() => onMerge(c.code)} data-testid={`pakn-merge-${c.code}`}>{w.mergeInto}</Button>] : []}>
              <List.Item.Meta title={<>{link(c.code)} · {c.title}</>} description={`${t.pakn.status[c.status]} · ${fmt(w.similarity, { score: String(Math.round(c.score * 100)) })}`} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function AnswerPanel({ item }: { item: OfficerItem }) {
  const { t } = useI18n();
  const w = t.pakn.workspace;
  if (!item.answer) return null;
  return (
    <Card size="small" title={w.answer} style={{ marginBottom: 16 }} extra={item.status === 'published' ? <Tag>{item.isPublic ? w.public : w.private}</Tag> : null} data-testid="pakn-answer">
      <Prose text={item.answer} />
      {item.rating && <Tag color={item.rating === 'satisfied' ? 'green' : 'red'} style={{ marginTop: 8 }}>{t.pakn.rating[item.rating]}</Tag>}
    </Card>
  );
}

export function HistoryPanel({ item }: { item: OfficerItem }) {
  const { t } = useI18n();
  const w = t.pakn.workspace;
  const name = (a: string) => t.pakn.actions[a as PaknAction] ?? item.history.find((h) => h.action === a)?.actionName ?? a;
  return (
    <Card size="small" title={w.history} data-testid="pakn-history">
      <Timeline
        items={item.history.map((h) => ({
          color: h.action === 'overdue' ? 'red' : h.actorKind === 'sender' ? 'green' : 'blue',
          children: (
            <>
              <Typography.Text strong>{h.action === 'submit' || h.action === 'record' || h.action === 'overdue' ? h.actionName : name(h.action)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(h.at)} · {h.actorKind === 'system' ? w.system : (h.actorName ?? '—')}
              </Typography.Text>
              {h.note && <Prose text={h.note} />}
            </>
          ),
        }))}
      />
    </Card>
  );
}
