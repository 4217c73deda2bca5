import { Steps } from 'antd';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import type { CitizenDossier } from './types';

const STATUS = { done: 'finish', current: 'process', waiting: 'wait', failed: 'error' } as const;

/** The citizen's milestones as steps: done, current (with where it is being processed), waiting, or how it ended. */
export function MilestoneSteps({ d }: { d: CitizenDossier }) {
  const s = useI18n().t.online.mine;
  const current = d.milestones.findIndex((m) => m.state === 'current' || m.state === 'failed');
  return (
    <Steps
      size="small"
      current={current < 0 ? d.milestones.length - 1 : current}
      data-testid="milestones"
      items={d.milestones.map((m) => ({
        title: s.milestone[m.key],
        status: STATUS[m.state],
        description: [m.at ? formatDateTime(m.at) : null, m.key === 'processing' && m.state === 'current' ? d.processingAt : null].filter(Boolean).join(' · ') || undefined,
      }))}
    />
  );
}
