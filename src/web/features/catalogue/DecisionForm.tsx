import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { useI18n } from '../../i18n';
import { useCreateDecision } from './decision-queries';
import { useCatalogueExport } from './queries';
import { DECISION_ACTIONS, type DecisionAction, type DecisionDetail, type IssuerLevel } from './types';

type Values = {
  number: string;
  decisionDate: Dayjs;
  issuer: string;
  issuerLevel: IssuerLevel;
  effectiveDate: Dayjs;
  note?: string;
  items: { procedureCode: string; action: DecisionAction }[];
};

const DATE = 'DD/MM/YYYY';

/** Entering a publication decision (still a draft) with the procedures it publishes, amends, replaces or abolishes. */
export function DecisionForm({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (d: DecisionDetail) => void }) {
  const { t } = useI18n();
  const c = t.decision;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateDecision();
  const catalogue = useCatalogueExport(true, open);
  const codes = (catalogue.data ?? []).map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` }));

  const submit = async () => {
    const v = await form.validateFields();
    create.mutate(
      {
        number: v.number.trim(),
        decisionDate: v.decisionDate.format('YYYY-MM-DD'),
        issuer: v.issuer.trim(),
        issuerLevel: v.issuerLevel,
        effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
        note: v.note?.trim() || null,
        items: v.items.map((i) => ({ procedureCode: i.procedureCode.trim(), action: i.action })),
      },
      {
        onSuccess: (d) => {
          void message.success(c.created);
          form.resetFields();
          onCreated(d);
        },
        onError: (e) => void message.error(e.message),
      },
    );
  };

  return (
    <Modal open={open} title={c.add} width={760} okText={t.admin.save} cancelText={t.admin.cancel} onOk={() => void submit()} onCancel={onClose} confirmLoading={create.isPending} forceRender>
      <Form form={form} layout="vertical" initialValues={{ issuerLevel: 'province', items: [{ procedureCode: '', action: 'new' }] }} data-testid="decision-form">
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="number" label={c.number} rules={[{ required: true, whitespace: true }]}>
              <Input placeholder="1234/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuerLevel" label={c.issuerLevel} rules={[{ required: true }]}>
              <Select options={(['central', 'province'] as const).map((l) => ({ value: l, label: t.level[l] }))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="issuer" label={c.issuer} rules={[{ required: true, whitespace: true }]}>
              <Input placeholder="Chủ tịch Ủy ban nhân dân tỉnh" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="decisionDate" label={c.decisionDate} rules={[{ required: true }]}>
              <DatePicker format={DATE} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="effectiveDate" label={c.effectiveDate} rules={[{ required: true }]}>
              <DatePicker format={DATE} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="note" label={c.note}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="items" rules={[{ validator: async (_, items?: unknown[]) => (items?.length ? undefined : Promise.reject(new Error(c.needItem))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Row key={f.key} gutter={8} wrap={false} data-testid="decision-item">
                  <Col flex="auto">
                    <Form.Item name={[f.name, 'procedureCode']} label={f.name === 0 ? c.procedureCode : undefined} rules={[{ required: true, pattern: PROCEDURE_CODE_PATTERN, message: t.catalogueAdmin.codePattern }]}>
                      <AutoComplete options={codes} placeholder="1.001193" showSearch={{ filterOption: (input, o) => String(o?.label ?? '').toLowerCase().includes(input.toLowerCase()) }} popupMatchSelectWidth={480} />
                    </Form.Item>
                  </Col>
                  <Col flex="190px">
                    <Form.Item name={[f.name, 'action']} label={f.name === 0 ? c.action : undefined} rules={[{ required: true }]}>
                      <Select options={DECISION_ACTIONS.map((x) => ({ value: x, label: c.actions[x] }))} />
                    </Form.Item>
                  </Col>
                  <Col flex="none" style={{ paddingTop: f.name === 0 ? 30 : 0 }}>
                    <Button danger type="text" icon={<DeleteOutlined />} aria-label={t.catalogueAdmin.remove} title={t.catalogueAdmin.remove} onClick={() => remove(f.name)} />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ procedureCode: '', action: 'new' })}>
                {c.addItem}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
