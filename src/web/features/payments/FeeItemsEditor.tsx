import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { FEE_BASES, FEE_KINDS } from '../../../domain/payments';
import { CHANNELS } from '../../../domain/procedure';
import { useI18n } from '../../i18n';
import { emptyItem, type ItemValues } from './fee-schedule-form';
import { MoneyInput } from './MoneyInput';

/** Per-unit items only: tiers ("từ trang thứ 3 trở lên …") and the cap per copy. */
function TierFields({ item }: { item: number }) {
  const { t } = useI18n();
  const s = t.payments.feeAdmin;
  return (
    <>
      <Form.List name={[item, 'tiers']}>
        {(fields, { add, remove }) => (
          <>
            <Typography.Text strong>{s.tiers}</Typography.Text>
            {fields.map((f) => (
              <Row key={f.key} gutter={8} align="top">
                <Col xs={10} md={6}>
                  <Form.Item name={[f.name, 'fromUnit']} label={s.tierFrom}>
                    <InputNumber<number> precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={11} md={8}>
                  <Form.Item name={[f.name, 'amount']} label={s.tierAmount}>
                    <MoneyInput />
                  </Form.Item>
                </Col>
                <Col xs={3} md={2} style={{ paddingTop: 30 }}>
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={s.remove} onClick={() => remove(f.name)} />
                </Col>
              </Row>
            ))}
            <div style={{ marginBottom: 12 }}>
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({ fromUnit: null, amount: null })}>
                {s.addTier}
              </Button>
            </div>
          </>
        )}
      </Form.List>
      <Form.Item name={[item, 'maxPerCopy']} label={s.maxPerCopy}>
        <MoneyInput style={{ width: 220, maxWidth: '100%' }} />
      </Form.Item>
    </>
  );
}

/** The schedule's items (phí / lệ phí): amount in đồng, per dossier, per copy or per unit, channels. */
export function FeeItemsEditor() {
  const { t, fmt } = useI18n();
  const s = t.payments.feeAdmin;
  const channelName = t.payments.report.channels;
  const form = Form.useFormInstance();
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {fields.map((f) => (
            <Form.Item key={f.key} noStyle shouldUpdate={(a, b) => a.items?.[f.name]?.basis !== b.items?.[f.name]?.basis || a.items?.[f.name]?.asWritten !== b.items?.[f.name]?.asWritten}>
              {() => {
                const item = form.getFieldValue(['items', f.name]) as ItemValues | undefined;
                return (
                  <Card
                    size="small"
                    data-testid={`fee-item-${f.name}`}
                    title={fmt(s.item, { n: String(f.name + 1) })}
                    extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>{s.remove}</Button>}
                  >
                    <Row gutter={12}>
                      <Col xs={24} md={6}>
                        <Form.Item name={[f.name, 'key']} label={s.key} tooltip={s.keyHint}>
                          <Input maxLength={40} autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={6}>
                        <Form.Item name={[f.name, 'kind']} label={s.kind}>
                          <Select data-testid={`fee-item-kind-${f.name}`} options={FEE_KINDS.map((k) => ({ value: k, label: s.kinds[k] }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[f.name, 'label']} label={s.label}>
                          <Input maxLength={300} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[f.name, 'basis']} label={s.basis}>
                          <Select options={FEE_BASES.map((b) => ({ value: b, label: s.bases[b] }))} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[f.name, 'amount']} label={s.amount}>
                          <MoneyInput data-testid={`fee-item-amount-${f.name}`} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={8}>
                        <Form.Item name={[f.name, 'unitName']} label={s.unitName}>
                          <Input maxLength={40} placeholder={s.unitPlaceholder} />
                        </Form.Item>
                      </Col>
                      <Col xs={24}>
                        <Form.Item name={[f.name, 'channels']} label={s.channels}>
                          <Select mode="multiple" allowClear placeholder={s.allChannels} options={CHANNELS.map((c) => ({ value: c, label: channelName[c] }))} />
                        </Form.Item>
                      </Col>
                    </Row>
                    {item?.basis === 'per_unit' && <TierFields item={f.name} />}
                    {item?.asWritten && <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{fmt(s.asWritten, { text: item.asWritten })}</Typography.Paragraph>}
                  </Card>
                );
              }}
            </Form.Item>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add(emptyItem(fields.length + 1))} data-testid="fee-add-item">
            {s.addItem}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
