import { Col, Form, Input, Radio, Row, Typography } from 'antd';
import { PAKN_CATEGORIES } from '../../../domain/pakn';
import { useI18n } from '../../i18n';

/** What both the portal form and the officer's entry ask: title, content, kind, references, the sender (NĐ 20/2008 art. 7). */
export function FeedbackFields({ withCategory = true }: { withCategory?: boolean }) {
  const { t, fmt } = useI18n();
  const s = t.pakn.send;
  const req = (field: string) => [{ required: true, whitespace: true, message: fmt(t.pakn.fields.required, { field: field.toLowerCase() }) }];
  return (
    <>
      <Form.Item name="title" label={s.titleField} rules={[...req(s.titleField), { min: 5, max: 300 }]}>
        <Input maxLength={300} data-testid="pakn-title" />
      </Form.Item>
      <Form.Item name="content" label={s.content} extra={s.contentHint} rules={req(s.content)}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={8000} showCount data-testid="pakn-content" />
      </Form.Item>
      {withCategory && (
        <Form.Item name="category" label={s.categoryHint}>
          <Radio.Group options={PAKN_CATEGORIES.map((c) => ({ value: c, label: t.pakn.category[c] }))} data-testid="pakn-category" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="procedureCode" label={s.procedure} rules={[{ pattern: /^\d\.\d{6}$/, message: '1.001234' }]}>
            <Input maxLength={8} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="dossierCode" label={s.dossier}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={4}>{s.senderTitle}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['sender', 'name']} label={s.name}>
            <Input maxLength={200} autoComplete="name" data-testid="pakn-sender-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['sender', 'phone']} label={s.senderPhone}>
            <Input maxLength={30} autoComplete="tel" inputMode="tel" data-testid="pakn-sender-phone" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['sender', 'address']} label={s.senderAddress}>
            <Input maxLength={500} autoComplete="street-address" data-testid="pakn-sender-address" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['sender', 'email']} label={s.senderEmail} rules={[{ type: 'email' }]}>
            <Input maxLength={254} autoComplete="email" inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** Empty strings become absent (the server reads null and absent alike). */
export function cleanBody(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined || x === null || (typeof x === 'string' && x.trim() === '')) continue;
    out[k] = x && typeof x === 'object' && !Array.isArray(x) ? cleanBody(x as Record<string, unknown>) : typeof x === 'string' ? x.trim() : x;
  }
  return out;
}
