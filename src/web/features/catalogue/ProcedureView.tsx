import { PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, List, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { Panel } from '../../components/Panel';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { ChannelTable, DocumentsTable, LocationIndependentTag, OnlineTag } from './display';
import type { ProcedureDetail } from './types';

const Prose = ({ text, empty }: { text: string; empty: string }) => <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{text.trim() || empty}</Typography.Paragraph>;

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Panel size="small" title={title} style={{ marginBottom: 16 }} data-testid={testId}>
      {children}
    </Panel>
  );
}

/** "Hiệu lực từ 01/07/2025 theo Quyết định 15/QĐ-UBND" for the version shown. */
export function EffectiveText({ d }: { d: Pick<ProcedureDetail, 'effectiveFrom' | 'effectiveTo' | 'decisionNumber'> }) {
  const { t, fmt } = useI18n();
  const p = t.procedure;
  return (
    <>
      {[
        d.effectiveFrom && fmt(p.effectiveFrom, { date: formatDate(d.effectiveFrom) }),
        d.effectiveTo && fmt(p.effectiveTo, { date: formatDate(d.effectiveTo) }),
        d.decisionNumber && fmt(p.byDecision, { number: d.decisionNumber }),
      ]
        .filter(Boolean)
        .join(' ') || '—'}
    </>
  );
}

/** A procedure in plain Vietnamese, as a citizen reads it before applying. */
export function ProcedureView({ procedure: d, printHref }: { procedure: ProcedureDetail; printHref: string }) {
  const { t } = useI18n();
  const p = t.procedure;
  const navigate = useNavigate();
  const online = d.onlineLevel === 'full' || d.onlineLevel === 'partial';

  return (
    <article data-testid="procedure-view">
      <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="procedure-name">
        {d.name}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Tag>{d.code}</Tag>
        <Tag color="geekblue">{d.field}</Tag>
        <OnlineTag level={d.onlineLevel} />
        {d.locationIndependent && <LocationIndependentTag />}
      </Space>
      {d.status === 'draft' && <Alert type="warning" showIcon title={p.draftShown} style={{ marginBottom: 16 }} />}
      <Space wrap style={{ marginBottom: 16 }} align="center">
        <Tooltip title={online ? undefined : p.applyNotOnline}>
          <Button type="primary" icon={<SendOutlined />} disabled={!online} onClick={() => void navigate(`/nop-ho-so/${d.code}`)} data-testid="apply-online">
            {p.applyOnline}
            {!online && ` (${p.applySoon})`}
          </Button>
        </Tooltip>
        <Link to={printHref} data-testid="print-link">
          <PrinterOutlined /> {p.printLink}
        </Link>
      </Space>
      {!online && (
        <Typography.Paragraph type="secondary" data-testid="apply-note">
          {p.applyNotOnline}
        </Typography.Paragraph>
      )}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={p.code}>{d.code}</Descriptions.Item>
        <Descriptions.Item label={p.field}>{d.field}</Descriptions.Item>
        <Descriptions.Item label={p.levels}>{d.levels.map((l) => t.level[l]).join(', ')}</Descriptions.Item>
        <Descriptions.Item label={p.implementingAgency}>{d.implementingAgency}</Descriptions.Item>
        <Descriptions.Item label={p.onlineLevel}>
          <OnlineTag level={d.onlineLevel} />
        </Descriptions.Item>
        <Descriptions.Item label={p.decisionRef}>{d.decisionRef}</Descriptions.Item>
        <Descriptions.Item label={p.version}>{d.version}</Descriptions.Item>
        <Descriptions.Item label={p.effective}>
          <EffectiveText d={d} />
        </Descriptions.Item>
      </Descriptions>
      <Section title={p.channelsTitle}>
        <ChannelTable channels={d.channels} />
      </Section>
      <Section title={p.documentsTitle}>
        <DocumentsTable documents={d.documents} />
      </Section>
      <Section title={p.subjects}>
        <Prose text={d.subjects} empty={p.notStated} />
      </Section>
      <Section title={p.conditions}>
        <Prose text={d.conditions} empty={p.notStated} />
      </Section>
      <Section title={p.result}>
        <Prose text={d.result} empty={p.notStated} />
      </Section>
      <Section title={p.legalBases}>
        <List size="small" dataSource={d.legalBases} locale={{ emptyText: p.none }} renderItem={(l) => <List.Item>{l}</List.Item>} />
      </Section>
      <Section title={p.whereTitle} testId="where-to-apply">
        <List
          size="small"
          dataSource={d.assignments}
          locale={{ emptyText: p.noAssignment }}
          renderItem={(a) => (
            <List.Item>
              <Space wrap>
                <Typography.Text strong>{a.agencyName}</Typography.Text>
                <Tag>{t.level[a.level]}</Tag>
                {a.channels.map((c) => (
                  <Tag key={c} color="blue">
                    {p.channel[c]}
                  </Tag>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Section>
    </article>
  );
}
