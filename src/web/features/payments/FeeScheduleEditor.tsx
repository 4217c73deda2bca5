import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Form, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { computeObligation, FeeSchedule } from '../../../domain/payments';
import type { Channel } from '../../../domain/procedure';
import { ApiError } from '../../api/client';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import { fieldProblems, problemDetail } from '../dossiers/problems';
import { useSaveFeeSchedule, type ScheduleView } from './admin-queries';
import { fieldPathOf, isFormField, toSchedule, toValues, type ScheduleValues } from './fee-schedule-form';
import { FeeItemsEditor } from './FeeItemsEditor';
import { DiscountsEditor, ExemptionsEditor } from './ReliefEditors';

const REFUND_CASES = ['onRefusal', 'onWithdrawal', 'onStop', 'onRejection'] as const;
const todayLocal = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** What one copy costs on each channel today, from what is typed (nothing while the schedule is invalid). */
function Preview({ channels }: { channels: Channel[] }) {
  const { t } = useI18n();
  const s = t.payments.feeAdmin;
  const values = Form.useWatch((v: ScheduleValues) => v, Form.useFormInstance()) as ScheduleValues | undefined;
  const parsed = values ? FeeSchedule.safeParse(toSchedule(values)) : null;
  return (
    <Card size="small" title={s.preview} data-testid="fee-preview">
      {parsed?.success ? (
        <Space wrap size="large">
          {channels.map((c) => (
            <span key={c} data-testid={`fee-preview-${c}`}>
              {t.payments.report.channels[c]}: <b>{formatMoney(computeObligation(parsed.data, { channel: c, date: todayLocal() }).total)}</b>
            </span>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">{s.previewInvalid}</Typography.Text>
      )}
    </Card>
  );
}

/**
 * The fee schedule form: items, exemptions, online discounts, days to pay, the clock and refunds.
 * The server validates; its field problems are shown on the fields (the rest above the form), and a
 * save over someone else's offers a reload.
 */
export function FeeScheduleEditor({ code, view, channels, onReload }: { code: string; view: ScheduleView; channels: Channel[]; onReload: () => void }) {
  const { t } = useI18n();
  const s = t.payments.feeAdmin;
  const { message } = App.useApp();
  const [form] = Form.useForm<ScheduleValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const save = useSaveFeeSchedule(code);

  const submit = () => {
    const values = form.getFieldsValue(true) as ScheduleValues;
    setProblems([]);
    form.setFields(form.getFieldsError().filter((f) => f.errors.length).map((f) => ({ name: f.name as never, errors: [] })));
    save.mutate(
      { version: view.version, schedule: toSchedule(values) },
      {
        onSuccess: () => void message.success(s.saved),
        onError: (e) => {
          if (e instanceof ApiError && e.status === 409) return setConflict(true);
          const list = fieldProblems(e);
          const onFields = list.map((p) => ({ p, path: fieldPathOf(p.name) })).filter(({ path }) => isFormField(path, values));
          form.setFields(onFields.map(({ p, path }) => ({ name: path as never, errors: [p.reason] })));
          const rest = list.filter((p) => !onFields.some((f) => f.p === p)).map((p) => `${p.name.replace(/^schedule\.?/, '') || s.title}: ${p.reason}`);
          setProblems(list.length ? [s.invalid, ...rest] : [problemDetail(e, t.error.generic)]);
          if (onFields[0]) form.scrollToField(onFields[0].path as never, { block: 'center' });
        },
      },
    );
  };

  return (
    <Form form={form} layout="vertical" initialValues={toValues(view.schedule)} onFinish={submit} requiredMark={false} data-testid="fee-schedule-form">
      {!view.configured && <Alert type="info" showIcon message={s.notConfigured} style={{ marginBottom: 12 }} />}
      {conflict && (
        <Alert type="warning" showIcon message={s.conflict} style={{ marginBottom: 12 }} action={<Button size="small" onClick={() => (setConflict(false), onReload())}>{s.reload}</Button>} />
      )}
      {problems.length > 0 && (
        <Alert type="error" showIcon data-testid="fee-problems" style={{ marginBottom: 12 }} message={problems[0]} description={problems.length > 1 ? <ul style={{ margin: 0 }}>{problems.slice(1).map((p) => <li key={p}>{p}</li>)}</ul> : undefined} />
      )}
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={s.items}>
          <FeeItemsEditor />
        </Card>
        <Card title={s.exemptions}>
          <ExemptionsEditor />
        </Card>
        <Card title={s.discounts}>
          <DiscountsEditor />
        </Card>
        <Card title={s.other}>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="dueWorkingDays" label={s.dueWorkingDays}>
                <InputNumber<number> precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="pausesClock" label={s.pausesClock}>
                <Select options={(['rule', 'yes', 'no'] as const).map((v) => ({ value: v, label: s.pauses[v] }))} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong>{s.refunds}</Typography.Text>
          <Row>
            {REFUND_CASES.map((k) => (
              <Col key={k} xs={24} md={12}>
                <Form.Item name={['refunds', k]} valuePropName="checked" style={{ marginBottom: 4 }}>
                  <Checkbox>{s.refundCases[k]}</Checkbox>
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Preview channels={channels} />
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="fee-save">
          {s.save}
        </Button>
      </Space>
    </Form>
  );
}
