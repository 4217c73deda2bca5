import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { useI18n } from '../../i18n';
import { emptyDiscount, emptyExemption, type ItemValues } from './fee-schedule-form';
import { MoneyInput } from './MoneyInput';

/** The schedule's items as options of an "applies to" select (empty selection: every item). */
function useItemOptions() {
  const form = Form.useFormInstance();
  const items = (Form.useWatch('items', form) as ItemValues[] | undefined) ?? [];
  return items.filter((i) => i?.key).map((i) => ({ value: i.key, label: i.label ? `${i.label} (${i.key})` : i.key }));
}

/** Exemptions and reductions (miễn, giảm): who, the legal basis, the evidence the desk must see, how much. */
export function ExemptionsEditor() {
  const { t, fmt } = useI18n();
  const s = t.payments.feeAdmin;
  const options = useItemOptions();
  return (
    <Form.List name="exemptions">
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((f) => (
            <Card key={f.key} size="small" title={fmt(s.exemption, { n: String(f.name + 1) })} extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>{s.remove}</Button>}>
              <Row gutter={12}>
                <Col xs={24} md={6}>
                  <Form.Item name={[f.name, 'code']} label={s.exemptionCode} tooltip={s.keyHint}>
                    <Input maxLength={40} autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={18}>
                  <Form.Item name={[f.name, 'label']} label={s.exemptionLabel}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[f.name, 'legalBasis']} label={s.legalBasis}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[f.name, 'evidence']} label={s.evidence}>
                    <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={16}>
                  <Form.Item name={[f.name, 'items']} label={s.appliesTo}>
                    <Select mode="multiple" allowClear placeholder={s.allItems} options={options} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[f.name, 'percent']} label={s.percent} extra={s.percentHint}>
                    <InputNumber<number> precision={0} style={{ width: '100%' }} suffix="%" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(emptyExemption(fields.length + 1))}>
            {s.addExemption}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/** The value of one discount: a percentage or an amount in đồng, by its kind. */
function DiscountValue({ name }: { name: number }) {
  const { t } = useI18n();
  const s = t.payments.feeAdmin;
  const form = Form.useFormInstance();
  const kind = Form.useWatch(['onlineDiscounts', name, 'kind'], form) as 'percent' | 'fixed' | undefined;
  return (
    <Form.Item name={[name, 'value']} label={s.value}>
      {kind === 'fixed' ? <MoneyInput /> : <InputNumber<number> precision={0} style={{ width: '100%' }} suffix="%" />}
    </Form.Item>
  );
}

/** Discounts for online submission set by a decision, each with the dates it is in force. */
export function DiscountsEditor() {
  const { t, fmt } = useI18n();
  const s = t.payments.feeAdmin;
  const options = useItemOptions();
  return (
    <Form.List name="onlineDiscounts">
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((f) => (
            <Card key={f.key} size="small" title={fmt(s.discount, { n: String(f.name + 1) })} extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>{s.remove}</Button>}>
              <Row gutter={12}>
                <Col xs={24}>
                  <Form.Item name={[f.name, 'decision']} label={s.decision}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'effectiveFrom']} label={s.effectiveFrom}>
                    <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'effectiveTo']} label={s.effectiveTo}>
                    <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[f.name, 'items']} label={s.appliesTo}>
                    <Select mode="multiple" allowClear placeholder={s.allItems} options={options} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[f.name, 'kind']} label={s.discountKind}>
                    <Radio.Group optionType="button" options={(['percent', 'fixed'] as const).map((k) => ({ value: k, label: s.discountKinds[k] }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <DiscountValue name={f.name} />
                </Col>
              </Row>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(emptyDiscount())}>
            {s.addDiscount}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
