import { Col, Form, Input, Radio, Row } from 'antd';
import { cccdProblem, taxCodeProblem } from '../../../domain/dossier';
import { useI18n } from '../../i18n';
import type { ApplicantKind } from './types';

/** The identifier problem shown live under the field: the same checks the server makes. */
export const idProblem = (kind: ApplicantKind, value: string) => (kind === 'organisation' ? taxCodeProblem(value) : cccdProblem(value));

/** Applicant (or owner) fields under `prefix`: kind, name, CCCD / tax code, phone, email, address. */
export function ApplicantFields({ prefix }: { prefix: 'applicant' | 'owner' }) {
  const { t } = useI18n();
  const c = t.dossier.counter;
  const kind: ApplicantKind = Form.useWatch([prefix, 'kind']) ?? 'individual';
  return (
    <Row gutter={12}>
      <Col span={24}>
        <Form.Item name={[prefix, 'kind']} initialValue="individual" style={{ marginBottom: 12 }}>
          <Radio.Group
            aria-label={prefix === 'owner' ? c.owner : c.applicant}
            options={(['individual', 'organisation'] as const).map((k) => ({ value: k, label: c.kind[k] }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item name={[prefix, 'name']} label={c.name[kind]} rules={[{ required: true, whitespace: true, message: c.nameRequired }]}>
          <Input autoComplete="off" maxLength={300} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name={[prefix, 'idNumber']}
          label={c.idNumber[kind]}
          dependencies={[[prefix, 'kind']]}
          validateDebounce={300}
          rules={[
            {
              validator: (_, v?: string) => {
                const problem = idProblem(kind, (v ?? '').trim());
                return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
              },
            },
          ]}
          required
        >
          <Input autoComplete="off" inputMode={kind === 'individual' ? 'numeric' : 'text'} maxLength={14} data-testid={`${prefix}-id`} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[prefix, 'phone']} label={t.field.phone} rules={[{ pattern: /^[0-9 +().-]{6,20}$/, message: c.phoneInvalid }]}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name={[prefix, 'email']} label={t.field.email} rules={[{ type: 'email', message: c.emailInvalid }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name={[prefix, 'address']} label={t.field.address}>
          <Input autoComplete="off" maxLength={500} />
        </Form.Item>
      </Col>
    </Row>
  );
}
