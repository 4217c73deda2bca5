import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ActionName } from '../../../domain/dossier';
import { useI18n } from '../../i18n';
import { DANGEROUS } from './action-fields';
import { ActionModal } from './ActionModal';
import type { DossierView } from './types';

/** The step the action moves the dossier on with: shown as the primary button. */
const MAIN: readonly ActionName[] = ['receive', 'forward', 'claim', 'approve', 'sign', 'return_result', 'supplement_received', 'payment_received'];

/** The actions the server allows this officer now (`availableActions`), each opening its small form. */
export function ActionBar({ dossier, suggestions }: { dossier: DossierView; suggestions: string[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ActionName | null>(null);
  const actions = [...dossier.availableActions].sort((a, b) => Number(MAIN.includes(b)) - Number(MAIN.includes(a)) || Number(DANGEROUS.includes(a)) - Number(DANGEROUS.includes(b)));
  return (
    <Card title={t.dossier.page.actions} size="small" style={{ marginBottom: 16 }} data-testid="action-bar">
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t.dossier.page.noActions}</Typography.Text>
      ) : (
        <Space wrap>
          {actions.map((a) => (
            <Button key={a} type={MAIN.includes(a) ? 'primary' : 'default'} danger={DANGEROUS.includes(a)} onClick={() => setOpen(a)} data-testid={`action-${a}`}>
              {t.dossier.actions[a]}
            </Button>
          ))}
        </Space>
      )}
      {open && <ActionModal key={open} action={open} dossier={dossier} suggestions={suggestions} onClose={() => setOpen(null)} />}
    </Card>
  );
}
