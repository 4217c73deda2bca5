import { Alert, Button, Card, Checkbox, Col, Form, Input, Result, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { useCitizenMe } from '../account/queries';
import { flatten, useAgencies } from '../agencies/queries';
import { problemDetail, showFieldProblems } from '../dossiers/problems';
import { AgencyContacts } from './AgencyContacts';
import { cleanBody, FeedbackFields } from './FeedbackFields';
import { useSubmitPakn } from './queries';
import type { Created } from './types';

const KNOWN = ['agencyId', 'title', 'content', 'procedureCode', 'dossierCode', 'sender.name', 'sender.address', 'sender.phone', 'sender.email', 'previous.code', 'previous.secret'];

/** The code and the secret, shown once after sending. */
function Done({ r, onAgain }: { r: Created; onAgain: () => void }) {
  const { t, fmt } = useI18n();
  const s = t.pakn.send;
  return (
    <Result
      status="success"
      title={s.doneTitle}
      data-testid="pakn-sent"
      subTitle={
        <Space direction="vertical">
          <Typography.Text>
            {s.doneCode}: <Typography.Text strong copyable data-testid="pakn-sent-code">{r.code}</Typography.Text>
          </Typography.Text>
          <Typography.Text>
            {s.doneSecret}: <Typography.Text strong copyable data-testid="pakn-sent-secret">{r.secret}</Typography.Text>
          </Typography.Text>
          {r.processDueAt && <Typography.Text>{fmt(s.doneDue, { date: formatDateTime(r.processDueAt) })}</Typography.Text>}
          <Typography.Text type="secondary">{s.doneHint}</Typography.Text>
        </Space>
      }
      extra={[
        <Link key="f" to={`/phan-anh-kien-nghi/theo-doi?ma=${r.code}`}>
          <Button type="primary">{s.follow}</Button>
        </Link>,
        <Button key="a" onClick={onAgain}>
          {s.another}
        </Button>,
      ]}
    />
  );
}

/** /phan-anh-kien-nghi/gui — anyone may send; a logged-in citizen's profile fills the sender. */
export function SendForm() {
  const { t } = useI18n();
  const s = t.pakn.send;
  const [form] = Form.useForm<Record<string, unknown>>();
  const agencies = flatten(useAgencies().data ?? []);
  const me = useCitizenMe();
  const submit = useSubmitPakn();
  const [done, setDone] = useState<Created | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [again, setAgain] = useState(false);
  const agencyId = Form.useWatch('agencyId', form) as string | undefined;

  useEffect(() => {
    const c = me.data;
    if (c) form.setFieldsValue({ sender: { name: c.fullName, phone: c.phone ?? undefined, address: c.address ?? undefined, email: c.email ?? undefined } });
  }, [me.data, form]);

  const send = (v: Record<string, unknown>) => {
    setProblem(null);
    const body = cleanBody(v);
    if (!again) delete body.previous;
    submit.mutate(body, {
      onSuccess: (r) => setDone(r),
      onError: (e) => {
        // Fields named by the server (art. 7: content, name, address, phone) are marked; the detail sums them up.
        showFieldProblems(form, e, KNOWN);
        setProblem(problemDetail(e, t.error.generic));
      },
    });
  };

  if (done)
    return (
      <Card style={{ maxWidth: 900, margin: '0 auto' }}>
        <Done
          r={done}
          onAgain={() => {
            setDone(null);
            form.resetFields(['title', 'content', 'category', 'procedureCode', 'dossierCode']);
          }}
        />
      </Card>
    );
  return (
    <Card style={{ maxWidth: 900, margin: '0 auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {s.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{s.intro}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="pakn-problem" />}
      <Form form={form} layout="vertical" onFinish={send} data-testid="pakn-send-form" scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="agencyId" label={s.agency} rules={[{ required: true, message: s.agency }]}>
              <Select
                showSearch={{ optionFilterProp: 'title' }}
                data-testid="pakn-agency"
                options={agencies.map((a) => ({ value: a.id, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <AgencyContacts agency={agencies.find((a) => a.id === agencyId)} />
          </Col>
        </Row>
        <FeedbackFields />
        <Checkbox checked={again} onChange={(e) => setAgain(e.target.checked)} style={{ marginBottom: 12 }}>
          {s.previous}
        </Checkbox>
        {again && (
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={['previous', 'code']} label={s.previousCode} rules={[{ required: true }]} normalize={(v: string) => v?.toUpperCase()}>
                <Input maxLength={13} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['previous', 'secret']} label={s.previousSecret} rules={[{ required: true }]}>
                <Input maxLength={12} autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Button type="primary" htmlType="submit" size="large" loading={submit.isPending} data-testid="pakn-submit">
          {s.submit}
        </Button>
      </Form>
    </Card>
  );
}
