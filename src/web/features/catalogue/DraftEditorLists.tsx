/** The repeated parts of the draft editor: channels with their fees, documents with their form templates, legal bases. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { DUE_UNITS } from '../../../domain/calendar';
import { CHANNELS, REUSABLE_KINDS } from '../../../domain/procedure';
import { useI18n } from '../../i18n';

function RemoveButton({ onClick, label }: { onClick: () => void; label: string }) {
  return <Button danger type="text" icon={<DeleteOutlined />} onClick={onClick} aria-label={label} title={label} />;
}

function FeesList({ channelIndex }: { channelIndex: number }) {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  return (
    <Form.List name={[channelIndex, 'fees']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Row key={f.key} gutter={8} align="top" wrap>
              <Col xs={24} md={8}>
                <Form.Item name={[f.name, 'label']} label={a.feeLabel} rules={[{ required: true, whitespace: true }]}>
                  <Input placeholder="Lệ phí" />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item name={[f.name, 'amount']} label={a.feeAmount}>
                  <InputNumber min={0} step={1000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={20} md={10}>
                <Form.Item name={[f.name, 'asWritten']} label={a.asWritten}>
                  <Input placeholder="200.000 đồng/lần" />
                </Form.Item>
              </Col>
              <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                <RemoveButton onClick={() => remove(f.name)} label={a.remove} />
              </Col>
            </Row>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '', amount: null, asWritten: '' })}>
            {a.addFee}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function ChannelsList() {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  const p = t.procedure;
  return (
    <Form.List name="channels">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Card key={f.key} size="small" style={{ marginBottom: 12 }} data-testid="channel-editor">
              <Row gutter={8} wrap>
                <Col xs={24} md={6}>
                  <Form.Item name={[f.name, 'channel']} label={p.channelCol} rules={[{ required: true }]}>
                    <Select options={CHANNELS.map((c) => ({ value: c, label: p.channel[c] }))} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={4}>
                  <Form.Item name={[f.name, 'processingTime', 'amount']} label={a.amount}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={14} md={5}>
                  <Form.Item name={[f.name, 'processingTime', 'unit']} label={a.unitLabel}>
                    <Select allowClear placeholder={a.unknownUnit} options={DUE_UNITS.map((u) => ({ value: u, label: p.unit[u] }))} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={8}>
                  <Form.Item name={[f.name, 'processingTime', 'asWritten']} label={`${p.time} (${a.asWritten.toLowerCase()})`}>
                    <Input placeholder="10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" />
                  </Form.Item>
                </Col>
                <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                  <RemoveButton onClick={() => remove(f.name)} label={a.remove} />
                </Col>
              </Row>
              <FeesList channelIndex={f.name} />
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ channel: undefined, processingTime: { amount: null, unit: 'working_days', asWritten: '' }, fees: [] })}>
            {a.addChannel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The form template files of one document: file name and, when known, where to download it. */
function FormsList({ documentIndex }: { documentIndex: number }) {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  return (
    <Form.List name={[documentIndex, 'forms']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Row key={f.key} gutter={8} align="top" wrap data-testid="form-editor">
              <Col xs={24} md={10}>
                <Form.Item name={[f.name, 'name']} label={a.formName} rules={[{ required: true, whitespace: true }]}>
                  <Input placeholder="Mau NA20-BCA.docx" />
                </Form.Item>
              </Col>
              <Col xs={20} md={13}>
                <Form.Item name={[f.name, 'url']} label={a.formUrl} rules={[{ type: 'url', warningOnly: true }]}>
                  <Input placeholder="https://" />
                </Form.Item>
              </Col>
              <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                <RemoveButton onClick={() => remove(f.name)} label={a.remove} />
              </Col>
            </Row>
          ))}
          <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', url: null })} style={{ marginBottom: 12 }}>
            {a.addForm}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function DocumentsList() {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  const p = t.procedure;
  return (
    <Form.List name="documents">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Card key={f.key} size="small" style={{ marginBottom: 12 }} data-testid="document-editor">
              <Row gutter={8} wrap>
                <Col xs={24} md={13}>
                  <Form.Item name={[f.name, 'name']} label={p.documentName} rules={[{ required: true, whitespace: true }]}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[f.name, 'copies']} label={p.copies}>
                    <Input placeholder="1 bản chính" />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4} style={{ paddingTop: 30 }}>
                  <Form.Item name={[f.name, 'required']} valuePropName="checked" noStyle>
                    <Checkbox>{p.required}</Checkbox>
                  </Form.Item>
                </Col>
                <Col xs={4} md={1} style={{ paddingTop: 30 }}>
                  <RemoveButton onClick={() => remove(f.name)} label={a.remove} />
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[f.name, 'reuse']} label={a.reuseLabel}>
                    <Select allowClear placeholder={a.reuseNone} data-testid="reuse-select" options={REUSABLE_KINDS.map((k) => ({ value: k, label: p.reuseKind[k] }))} />
                  </Form.Item>
                </Col>
              </Row>
              <FormsList documentIndex={f.name} />
            </Card>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', copies: '1 bản chính', required: true, forms: [], reuse: undefined })}>
            {a.addDocument}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function LegalBasesList() {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  return (
    <Form.List name="legalBases">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Row key={f.key} gutter={8} wrap={false}>
              <Col flex="auto">
                <Form.Item name={f.name} rules={[{ required: true, whitespace: true }]}>
                  <Input placeholder="Nghị định 63/2010/NĐ-CP" />
                </Form.Item>
              </Col>
              <Col flex="none">
                <RemoveButton onClick={() => remove(f.name)} label={a.remove} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
            {a.addLegal}
          </Button>
        </>
      )}
    </Form.List>
  );
}
