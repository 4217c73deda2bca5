import { InputNumber, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { OverdueList, UnitBoard } from '../../features/plans/UnitBoard';
import { useI18n } from '../../i18n';

/** /can-bo/ke-hoach: the board per unit and, for everyone who reads plans, the overdue list. */
export function PlanBoardPage() {
  const { t } = useI18n();
  const s = t.plans.board;
  const [year, setYear] = useState<number | null>(null);
  return (
    <>
      <Typography.Title level={2}>{s.title}</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        {s.year}
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => setYear(v ?? null)} aria-label={s.year} data-testid="board-year" />
      </Space>
      <Tabs
        items={[
          { key: 'board', label: s.tabBoard, children: <UnitBoard year={year} /> },
          { key: 'overdue', label: <span data-testid="tab-overdue">{s.tabOverdue}</span>, children: <OverdueList year={year} /> },
        ]}
      />
    </>
  );
}
