import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { LOCK_REASON_MAX, lockReasonProblem } from '../../../domain/citizen';
import { formatDate, formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { ProblemAlert } from '../account/fields';
import { TAG } from '../online/theme';
import { useLockCitizen, useUnlockCitizen, type CitizenAdmin } from './queries';

// Solid colours with white text: readable (WCAG AA) whatever the status.
const STATUS_COLOR = { pending: TAG.warning, active: TAG.success, locked: TAG.danger } as const;

/** One account on the lock page: its details, the lock in force with its reason, the lock history, and the action. */
export function CitizenCard({ c }: { c: CitizenAdmin }) {
  const { t, fmt } = useI18n();
  const s = t.citizenAdmin;
  const [open, setOpen] = useState(false);
  const signIn = [c.hasPassword ? s.signIn.password : null, c.eidLinked ? s.signIn.eid : null].filter(Boolean).join(', ') || s.signIn.none;
  return (
    <Card
      data-testid="citizen-card"
      data-id-number={c.idNumber}
      title={c.fullName}
      extra={
        <Tag color={STATUS_COLOR[c.status]} data-testid="citizen-status">
          {s.status[c.status]}
        </Tag>
      }
    >
      {c.status === 'locked' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="citizen-lock-notice"
          title={fmt(s.lockedNotice, { at: formatDateTime(c.lockedAt), by: c.lockedBy ?? s.unknownAdmin })}
          description={`${s.lockReasonLabel}: ${c.lockReason ?? ''}`}
        />
      )}
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={s.field.idNumber}>
          {c.idNumber} · {s.kinds[c.kind]}
        </Descriptions.Item>
        <Descriptions.Item label={s.field.phone}>{c.phone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={s.field.email}>{c.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={s.field.createdAt}>{formatDate(c.createdAt)}</Descriptions.Item>
        {c.createdBy && <Descriptions.Item label={s.field.createdBy}>{c.createdBy}</Descriptions.Item>}
        <Descriptions.Item label={s.field.signIn}>{signIn}</Descriptions.Item>
        <Descriptions.Item label={s.field.sessions}>
          <span data-testid="citizen-sessions">{c.openSessions}</span>
        </Descriptions.Item>
      </Descriptions>
      {c.history.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {s.history}
          </Typography.Title>
          <Timeline
            data-testid="citizen-history"
            items={c.history.map((h) => ({
              color: h.action === 'lock' ? 'red' : 'green',
              content: `${formatDateTime(h.at)} — ${s.historyEvent[h.action]} (${h.by ?? s.unknownAdmin})${h.reason ? `: ${h.reason}` : ''}`,
            }))}
          />
        </>
      )}
      <Button danger={c.status !== 'locked'} type={c.status === 'locked' ? 'primary' : 'default'} onClick={() => setOpen(true)} data-testid={c.status === 'locked' ? 'citizen-unlock' : 'citizen-lock'}>
        {c.status === 'locked' ? s.unlock : s.lock}
      </Button>
      {open && <LockDialog c={c} onClose={() => setOpen(false)} />}
    </Card>
  );
}

/** Asks for the reason (lock) or an optional note (unlock) and sends it with the version shown. */
function LockDialog({ c, onClose }: { c: CitizenAdmin; onClose: () => void }) {
  const { t, fmt } = useI18n();
  const s = t.citizenAdmin;
  const { message } = App.useApp();
  const lock = useLockCitizen();
  const unlock = useUnlockCitizen();
  const [form] = Form.useForm<{ text?: string }>();
  const locking = c.status !== 'locked';
  const pending = locking ? lock : unlock;
  const submit = async () => {
    // A missing reason is shown under the field; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const done = { onSuccess: () => (onClose(), void message.success(locking ? s.locked : s.unlocked)) };
    if (locking) lock.mutate({ id: c.id, version: c.version, reason: (v.text ?? '').trim() }, done);
    else unlock.mutate({ id: c.id, version: c.version, note: v.text?.trim() || null }, done);
  };
  return (
    <Modal
      open
      title={fmt(locking ? s.lockTitle : s.unlockTitle, { name: c.fullName })}
      okText={locking ? s.confirmLock : s.confirmUnlock}
      okButtonProps={{ danger: locking, ...({ 'data-testid': 'lock-confirm' } as Record<string, string>) }}
      cancelText={s.cancel}
      confirmLoading={pending.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{locking ? s.lockExplain : s.unlockExplain}</Typography.Paragraph>
      <ProblemAlert error={pending.error} />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="text"
          label={locking ? s.reason : s.note}
          rules={locking ? [{ validator: (_, v: string | undefined) => (lockReasonProblem(v ?? '') ? Promise.reject(new Error(lockReasonProblem(v ?? '') ?? s.reasonRequired)) : Promise.resolve()) }] : []}
        >
          <Input.TextArea id="lock-text" rows={3} maxLength={LOCK_REASON_MAX} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
