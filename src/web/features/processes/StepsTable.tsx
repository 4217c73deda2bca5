import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Grid, Input, InputNumber, Row, Select, Space, Table, Typography, type FormListFieldData, type FormListOperation } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { STEP_KINDS } from '../../../domain/dossier';
import type { Unit } from '../../api/types';
import { useI18n } from '../../i18n';
import { defaultRole, freshKey, type StepValues } from './model';
import type { StepKind } from './types';

const ROLES = ['reception', 'specialist', 'unit_head', 'agency_head'] as const;
const SHARE_UNITS = ['working_hours', 'working_days'] as const;
const KEY_PATTERN = /^[a-z0-9_-]{1,32}$/;
const cell = { margin: 0 };
const FLAG = '#ff4d4f';

type Props = {
  values: StepValues[];
  units: Unit[];
  agencies: { code: string; name: string }[];
  /** Step indexes with a problem: their row is marked. */
  flagged: Set<number>;
};
/** A field of a step: a table column on wide screens, a labelled cell `span` of 24 wide in a phone's card. */
type Column = { id: string; title: string; width: number; span: number; render: (f: FormListFieldData) => ReactNode };

/**
 * The steps over a Form.List named "steps" (inside the editor's form): a table with a row a step
 * on wide screens, a card a step on phones. The role follows the kind unless changed; a transfer
 * also names the agency it goes to.
 */
export function StepsTable({ values, units, agencies, flagged }: Props) {
  const { t, fmt } = useI18n();
  const p = t.process;
  const form = Form.useFormInstance();
  const narrow = !Grid.useBreakpoint().md;

  const columns = (count: number, { move, remove }: FormListOperation): Column[] => [
    {
      id: 'key',
      span: 12,
      title: p.key,
      width: 120,
      render: (f) => (
        <Form.Item name={[f.name, 'key']} style={cell} rules={[{ required: true }, { pattern: KEY_PATTERN, message: p.keyPattern }]}>
          <Input aria-label={p.key} />
        </Form.Item>
      ),
    },
    {
      id: 'name',
      span: 24,
      title: p.name,
      width: 210,
      render: (f) => (
        <Form.Item name={[f.name, 'name']} style={cell} rules={[{ required: true, whitespace: true }, { max: 200 }]}>
          <Input.TextArea aria-label={p.name} autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      ),
    },
    {
      id: 'kind',
      span: 12,
      title: p.kind,
      width: 140,
      render: (f) => (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Form.Item name={[f.name, 'kind']} style={cell} rules={[{ required: true }]}>
            <Select
              aria-label={p.kind}
              options={STEP_KINDS.map((k) => ({ value: k, label: p.kinds[k] }))}
              onChange={(k: StepKind) => {
                form.setFieldValue(['steps', f.name, 'role'], defaultRole(k));
                if (k !== 'transfer') form.setFieldValue(['steps', f.name, 'targetAgencyCode'], undefined);
              }}
            />
          </Form.Item>
          {values[f.name]?.kind === 'transfer' && (
            <Form.Item name={[f.name, 'targetAgencyCode']} style={cell} rules={[{ required: true }]}>
              <Select
                aria-label={p.target}
                placeholder={p.target}
                showSearch={{ optionFilterProp: 'title' }}
                popupMatchSelectWidth={false}
                options={agencies.map((a) => ({ value: a.code, title: `${a.code} ${a.name}`, label: a.name }))}
              />
            </Form.Item>
          )}
        </Space>
      ),
    },
    {
      id: 'unit',
      span: 12,
      title: p.unit,
      width: 190,
      render: (f) => (
        <Form.Item name={[f.name, 'unitCode']} style={cell}>
          <Select aria-label={p.unit} allowClear placeholder={p.noUnit} popupMatchSelectWidth={false} options={units.map((u) => ({ value: u.code, label: `${u.code} — ${u.name}` }))} />
        </Form.Item>
      ),
    },
    {
      id: 'role',
      span: 12,
      title: p.role,
      width: 180,
      render: (f) => (
        <Form.Item name={[f.name, 'role']} style={cell} rules={[{ required: true }]}>
          <Select aria-label={p.role} popupMatchSelectWidth={false} options={ROLES.map((r) => ({ value: r, label: t.role[r] }))} />
        </Form.Item>
      ),
    },
    {
      id: 'share',
      span: 24,
      title: p.share,
      width: 190,
      render: (f) => (
        <Space.Compact block>
          <Form.Item name={[f.name, 'share', 'amount']} style={{ ...cell, width: 72 }} rules={[{ required: true }]}>
            <InputNumber aria-label={p.share} min={0} max={10_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={[f.name, 'share', 'unit']} style={{ ...cell, flex: 1 }} rules={[{ required: true }]}>
            <Select aria-label={p.shareUnit} popupMatchSelectWidth={false} options={SHARE_UNITS.map((u) => ({ value: u, label: p.shareUnits[u] }))} />
          </Form.Item>
        </Space.Compact>
      ),
    },
    {
      id: 'actions',
      span: 24,
      title: '',
      width: 112,
      render: (f) => (
        <Space size={0}>
          <Button type="text" icon={<ArrowUpOutlined />} aria-label={p.moveUp} title={p.moveUp} disabled={f.name === 0} onClick={() => move(f.name, f.name - 1)} />
          <Button type="text" icon={<ArrowDownOutlined />} aria-label={p.moveDown} title={p.moveDown} disabled={f.name === count - 1} onClick={() => move(f.name, f.name + 1)} />
          <Button danger type="text" icon={<DeleteOutlined />} aria-label={p.remove} title={p.remove} onClick={() => remove(f.name)} />
        </Space>
      ),
    },
  ];

  return (
    <Form.List name="steps">
      {(fields, ops) => {
        const cols = columns(fields.length, ops);
        const append = () => {
          const at = values.length > 0 && values[values.length - 1]?.kind === 'return' ? values.length - 1 : values.length;
          ops.add({ key: freshKey(values), name: p.newStep, kind: 'process', role: defaultRole('process'), share: { amount: 0, unit: 'working_hours' } }, at);
        };
        return (
          <>
            {narrow ? (
              fields.length === 0 ? (
                <Typography.Text type="secondary">{p.noSteps}</Typography.Text>
              ) : (
                fields.map((f) => (
                  <Card
                    key={f.key}
                    size="small"
                    data-testid="step-row"
                    title={fmt(p.stepN, { n: String(f.name + 1) })}
                    extra={cols.find((c) => c.id === 'actions')!.render(f)}
                    style={{ marginBottom: 8, borderLeft: flagged.has(f.name) ? `3px solid ${FLAG}` : undefined }}
                  >
                    <Row gutter={[8, 8]}>
                      {cols
                        .filter((c) => c.id !== 'actions')
                        .map((c) => (
                          <Col key={c.id} span={c.span}>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {c.title}
                            </Typography.Text>
                            {c.render(f)}
                          </Col>
                        ))}
                    </Row>
                  </Card>
                ))
              )
            ) : (
              <Table
                data-testid="steps-table"
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={fields}
                columns={[
                  { key: 'no', title: '#', width: 40, align: 'center', render: (_, f) => f.name + 1 },
                  ...cols.map((c) => ({ key: c.id, title: c.title, width: c.width, render: (_: unknown, f: FormListFieldData) => c.render(f) })),
                ]}
                scroll={{ x: 1180 }}
                tableLayout="fixed"
                locale={{ emptyText: p.noSteps }}
                rowClassName={(f) => (flagged.has(f.name) ? 'process-step-flagged' : '')}
                onRow={() => ({ 'data-testid': 'step-row' }) as HTMLAttributes<HTMLElement>}
              />
            )}
            <style>{`.process-step-flagged > td:first-child { box-shadow: inset 3px 0 0 ${FLAG}; }`}</style>
            <Button type="dashed" icon={<PlusOutlined />} onClick={append} style={{ marginTop: 8 }} data-testid="add-step">
              {p.addStep}
            </Button>
          </>
        );
      }}
    </Form.List>
  );
}
