import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Col, Form, Row, Select } from 'antd';
import { AGENCY_LEVELS } from '../../../domain/agency';
import { CHANNELS } from '../../../domain/procedure';
import { ApiError } from '../../api/client';
import { flatten, useAgencies } from '../agencies/queries';
import { useI18n } from '../../i18n';
import { useSaveAssignments } from './queries';
import type { Assignment } from './types';

type Row = Omit<Assignment, 'agencyName'>;

/** Which agencies receive and handle the procedure, at which level and through which channels. */
export function AssignmentsEditor({ code, assignments }: { code: string; assignments: Assignment[] }) {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  const p = t.procedure;
  const { message } = App.useApp();
  const agencies = flatten(useAgencies().data ?? []);
  const save = useSaveAssignments(code);
  const [form] = Form.useForm<{ rows: Row[] }>();

  const submit = (v: { rows?: Row[] }) =>
    save.mutate(v.rows ?? [], {
      onSuccess: () => void message.success(a.assignmentsSaved),
      onError: (e) => {
        if (e instanceof ApiError && Array.isArray(e.body.errors)) {
          form.setFields((e.body.errors as { name: string; reason: string }[]).map((x) => ({ name: ['rows', ...x.name.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))] as never, errors: [x.reason] })));
        }
        void message.error(e.message);
      },
    });

  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="assignments-editor"
      initialValues={{ rows: assignments.map(({ agencyCode, level, channels }) => ({ agencyCode, level, channels })) }}
      onFinish={submit}
    >
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row key={f.key} gutter={8} wrap data-testid="assignment-row">
                <Col xs={24} md={10}>
                  <Form.Item name={[f.name, 'agencyCode']} label={t.field.agency} rules={[{ required: true }]}>
                    <Select
                      showSearch={{ optionFilterProp: 'title' }}
                      options={agencies.map((x) => ({ value: x.code, title: `${x.code} ${x.name}`, label: <span style={{ paddingLeft: x.depth * 12 }}>{x.name}</span> }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8} md={5}>
                  <Form.Item name={[f.name, 'level']} label={p.levels} rules={[{ required: true }]}>
                    <Select options={AGENCY_LEVELS.map((l) => ({ value: l, label: t.level[l] }))} />
                  </Form.Item>
                </Col>
                <Col xs={20} sm={14} md={8}>
                  <Form.Item name={[f.name, 'channels']} label={a.channels} rules={[{ required: true, type: 'array', min: 1 }]}>
                    <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: p.channel[c] }))} />
                  </Form.Item>
                </Col>
                <Col xs={4} sm={2} md={1} style={{ paddingTop: 30 }}>
                  <Button danger type="text" icon={<DeleteOutlined />} aria-label={a.remove} title={a.remove} onClick={() => remove(f.name)} />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              style={{ marginBottom: 16 }}
              onClick={() => {
                const level = form.getFieldValue(['rows', 0, 'level']) as string | undefined;
                add({ agencyCode: undefined, level: level ?? 'commune', channels: ['direct'] });
              }}
            >
              {a.addAssignment}
            </Button>
          </>
        )}
      </Form.List>
      <div>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-assignments">
          {t.admin.save}
        </Button>
      </div>
    </Form>
  );
}
