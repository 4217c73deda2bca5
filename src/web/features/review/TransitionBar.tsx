import { Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import type { ReviewAction } from '../../../domain/review';
import { useI18n } from '../../i18n';

/** The workflow buttons the server allows for this officer (submit, approve, return with a reason). */
export function TransitionBar({ actions, loading, onAction }: { actions: ReviewAction[]; loading: boolean; onAction: (a: ReviewAction, reason?: string) => void }) {
  const { t } = useI18n();
  const c = t.review.common;
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Space wrap>
      {actions.map((a) => (
        <Button key={a} type={a === 'return' ? 'default' : 'primary'} danger={a === 'return'} loading={loading} onClick={() => (a === 'return' ? setReturning(true) : onAction(a))} data-testid={`action-${a}`}>
          {c.actions[a]}
        </Button>
      ))}
      <Modal
        open={returning}
        title={c.returnTitle}
        okText={c.actions.return}
        cancelText={c.cancel}
        okButtonProps={{ disabled: reason.trim().length === 0 }}
        onOk={() => {
          onAction('return', reason.trim());
          setReturning(false);
          setReason('');
        }}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} placeholder={c.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Space>
  );
}
