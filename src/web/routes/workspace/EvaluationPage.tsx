import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { POLICY, type Role } from '../../../domain/access';
import { useMe } from '../../features/auth/queries';
import { flatten, useAgencies } from '../../features/agencies/queries';
import { saveBlob } from '../../features/documents/files';
import { problemDetail } from '../../features/dossiers/problems';
import { currentChoice, periodOfChoice, type PeriodChoice } from '../../features/evaluation/display';
import { MyScores } from '../../features/evaluation/MyScores';
import { PeriodPicker } from '../../features/evaluation/PeriodPicker';
import { downloadEvaluations, useEvaluations } from '../../features/evaluation/queries';
import { ScoreTable } from '../../features/evaluation/ScoreTable';
import type { EvaluationQuery, Level } from '../../features/evaluation/types';
import { useI18n } from '../../i18n';

type Tab = 'mine' | 'units' | 'officials' | 'agencies';
const LEVEL: Record<Tab, Level> = { mine: 'official', units: 'unit', officials: 'official', agencies: 'agency' };
const holds = (roles: readonly Role[], action: keyof typeof POLICY) => roles.some((r) => (POLICY[action].roles as readonly Role[]).includes(r));

/**
 * /can-bo/danh-gia — evaluation of dossier handling (TT 01/2018 art. 12–15): my scores; for a unit
 * head their unit and its officials; for leaders, inspectors and procedure control the units,
 * officials and agencies of their scope; quarter or year; the Excel table of what is shown.
 */
export function EvaluationPage() {
  const { t } = useI18n();
  const s = t.evaluation;
  const { message } = App.useApp();
  const me = useMe().data;
  const roles = me?.roles.map((r) => r.role) ?? [];
  const own = holds(roles, 'evaluation.own');
  const leader = holds(roles, 'evaluation.agency') || holds(roles, 'evaluation.all');
  const head = holds(roles, 'evaluation.unit') || leader;
  const tabs: Tab[] = [...(own ? (['mine'] as const) : []), ...(head ? (['units', 'officials'] as const) : []), ...(leader ? (['agencies'] as const) : [])];
  const [tab, setTab] = useState<Tab | null>(null);
  const active: Tab = tab ?? (head ? 'units' : 'mine');
  const [choice, setChoice] = useState<PeriodChoice>(currentChoice);
  const [scope, setScope] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const agencies = flatten(useAgencies().data ?? []);
  const period = periodOfChoice(choice);
  const query: EvaluationQuery | null = me ? { level: LEVEL[active], ...period, ...(active === 'mine' ? { official: me.username } : scope ? { scope } : {}) } : null;
  const report = useEvaluations(query);
  const excel = async () => {
    if (!query) return;
    setBusy(true);
    try {
      const { blob, name } = await downloadEvaluations(query);
      saveBlob(blob, name ?? 'danh-gia.xlsx');
    } catch (e) {
      void message.error(problemDetail(e, t.error.generic));
    } finally {
      setBusy(false);
    }
  };
  const body = active === 'mine' ? <MyScores row={report.data?.rows[0]} loading={report.isPending} /> : <ScoreTable report={report.data} loading={report.isFetching} testId={`evaluation-${active}`} />;
  return (
    <Card title={s.title} data-testid="evaluation-page">
      <Typography.Paragraph type="secondary">{s.intro}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodPicker value={choice} onChange={setChoice} />
        {leader && active !== 'mine' && (
          <Select allowClear placeholder={s.allScope} value={scope} onChange={setScope} style={{ width: 280 }} aria-label={s.scope} showSearch={{ optionFilterProp: 'title' }} options={agencies.map((a) => ({ value: a.code, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))} data-testid="evaluation-scope" />
        )}
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void excel()} data-testid="evaluation-excel">
          {s.excel}
        </Button>
      </Space>
      {report.data && <Typography.Paragraph strong>{`${report.data.period}${report.data.scope ? ` — ${report.data.scope.name}` : ''}`}</Typography.Paragraph>}
      <Tabs activeKey={active} onChange={(k) => setTab(k as Tab)} items={tabs.map((k) => ({ key: k, label: s.tabs[k] }))} />
      {report.isError ? <Typography.Text type="danger">{problemDetail(report.error, t.error.generic)}</Typography.Text> : body}
      {active !== 'mine' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {active === 'officials' ? s.mine.rules : s.agencyRules}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
