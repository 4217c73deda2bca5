import { Alert, Button, Card, Col, DatePicker, Form, Input, Result, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PAKN_DESK_CHANNELS } from '../../../domain/pakn';
import { useI18n } from '../../i18n';
import { flatten, useAgencies } from '../agencies/queries';
import { useMe } from '../auth/queries';
import { problemDetail, showFieldProblems } from '../dossiers/problems';
import { AgencyContacts } from './AgencyContacts';
import { cleanBody, FeedbackFields } from './FeedbackFields';
import { useRecordPakn } from './queries';
import type { Created } from './types';

const KNOWN = ['agencyId', 'title', 'content', 'procedureCode', 'dossierCode', 'sender.email', 'previousCode', 'receivedAt'];

/** /can-bo/pakn/ghi-nhan — an officer records a letter, a phone note, an e-mail or a visit. */
export function DeskForm() {
  const { t, fmt } = useI18n();
  const k = t.pakn.desk;
  const [form] = Form.useForm<Record<string, unknown>>();
  const agencies = flatten(useAgencies().data ?? []);
  const me = useMe();
  const record = useRecordPakn();
  const [done, setDone] = useState<Created | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const own = useMemo(() => agencies.find((a) => me.data?.roles.some((r) => r.agencyCode === a.code))?.id, [agencies, me.data]);
  const agencyId = (Form.useWatch('agencyId', form) as string | undefined) ?? own;
  useEffect(() => {
    if (own && !form.getFieldValue('agencyId')) form.setFieldValue('agencyId', own);
  }, [own, form, done]);

  const send = (v: Record<string, unknown>) => {
    setProblem(null);
    const at = v.receivedAt as Dayjs | undefined;
    const body = cleanBody({ ...v, agencyId, receivedAt: at ? at.format('YYYY-MM-DDTHH:mm:ssZ') : undefined });
    record.mutate(body, {
      onSuccess: (r) => {
        setDone(r);
        form.resetFields();
      },
      onError: (e) => {
        showFieldProblems(form, e, KNOWN);
        setProblem(problemDetail(e, t.error.generic));
      },
    });
  };

  return (
    <Card style={{ maxWidth: 1000 }}>
      {done && (
        <Result
          status={done.status === 'not_accepted' ? 'warning' : 'success'}
          title={fmt(done.status === 'not_accepted' ? k.doneNotAccepted : k.doneTitle, { code: done.code })}
          subTitle={done.status === 'not_accepted' ? done.notAcceptedReason : fmt(k.secretHint, { secret: done.secret })}
          extra={<Link to={`/can-bo/pakn/${done.code}`}>{k.openItem}</Link>}
          data-testid="pakn-recorded"
        />
      )}
      <Alert type="info" showIcon title={k.intro} style={{ marginBottom: 16 }} />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={send} initialValues={{ channel: 'post' }} data-testid="pakn-desk-form">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="agencyId" label={t.pakn.send.agency}>
              <Select showSearch={{ optionFilterProp: 'title' }} options={agencies.map((a) => ({ value: a.id, title: a.name, label: <span style={{ paddingLeft: a.depth * 12 }}>{a.name}</span> }))} />
            </Form.Item>
            <Form.Item name="channel" label={k.channel} rules={[{ required: true }]}>
              <Select options={PAKN_DESK_CHANNELS.map((c) => ({ value: c, label: t.pakn.channel[c] }))} />
            </Form.Item>
            <Form.Item name="receivedAt" label={k.receivedAt}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <AgencyContacts agency={agencies.find((a) => a.id === agencyId)} />
          </Col>
        </Row>
        <FeedbackFields />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="previousCode" label={t.pakn.send.previousCode} normalize={(v: string) => v?.toUpperCase()}>
              <Input maxLength={13} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="notAcceptedReason" label={k.notAccepted}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="pakn-desk-submit">
          {k.submit}
        </Button>
      </Form>
    </Card>
  );
}
