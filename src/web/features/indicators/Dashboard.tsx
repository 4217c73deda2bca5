import { Alert, Col, Row, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useAgencies } from '../agencies/queries';
import { useMe } from '../auth/queries';
import { currentChoice, periodOfChoice, type PeriodChoice } from '../evaluation/display';
import { useI18n } from '../../i18n';
import { DrillDown } from './DrillDown';
import { useScorecard } from './queries';
import { GroupCards, IndicatorTable, RankingTable } from './ScorecardPanels';
import { ScopePeriod } from './ScopePeriod';
import { TargetsTable } from './TargetsTable';

/**
 * The QĐ 766 dashboard (issue 10, ADR 0026): scope and period, group cards, the indicator table,
 * the drill-down of the chosen indicator, plan targets vs actual and the ranking of child agencies.
 * `publicView` hides drill-down and targets (the portal page).
 */
export function Dashboard({ publicView = false, initialScope = '' }: { publicView?: boolean; initialScope?: string }) {
  const { t } = useI18n();
  const me = useMe();
  const own = me.data?.roles.find((r) => r.agencyCode)?.agencyCode ?? '';
  const [picked, setScope] = useState(initialScope);
  const root = useAgencies().data?.[0]?.code ?? '';
  // Default: the officer's own agency; the public (or an officer without one) sees the top of the tree.
  const scope = picked || (publicView ? '' : own) || root;
  const [period, setPeriod] = useState<PeriodChoice>(currentChoice());
  const [selected, setSelected] = useState<string | null>(null);
  const query = { scope, ...periodOfChoice(period) };
  const card = useScorecard(scope ? query : null, publicView);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} data-testid="indicators-title">
        {publicView ? t.indicators.publicTitle : t.indicators.title}
      </Typography.Title>
      <ScopePeriod
        scope={scope}
        onScope={(s) => {
          setScope(s);
          setSelected(null);
        }}
        period={period}
        onPeriod={(p) => {
          setPeriod(p);
          setSelected(null);
        }}
      />
      {card.isError && <Alert type="error" showIcon title={card.error.message || t.indicators.error} />}
      {card.isLoading && <Spin />}
      {card.data && (
        <>
          <GroupCards card={card.data} />
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={publicView ? 24 : 14}>
              <IndicatorTable card={card.data} selected={selected} {...(publicView ? {} : { onSelect: setSelected })} />
            </Col>
            {!publicView && (
              <Col xs={24} xl={10}>
                <DrillDown query={query} indicatorId={selected} />
              </Col>
            )}
          </Row>
          <Row gutter={[12, 12]}>
            {!publicView && (
              <Col xs={24} lg={12}>
                <TargetsTable scope={scope} year={period.year} />
              </Col>
            )}
            <Col xs={24} lg={publicView ? 24 : 12}>
              <RankingTable card={card.data} />
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
