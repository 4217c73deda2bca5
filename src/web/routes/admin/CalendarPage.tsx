import { Alert, App, Button, Form, Input, InputNumber, List, Modal, Popconfirm, Radio, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { CALENDAR_DAY_KINDS, type CalendarDay, type CalendarDayKind } from '../../../domain/calendar';
import { KIND_COLOURS, YearGrid } from '../../components/YearGrid';
import { useRevertYear, useSaveYear, useYear } from '../../features/calendar/queries';
import { useI18n } from '../../i18n';

/** The national calendar of a year: holidays, compensatory and swapped days off, make-up Saturdays. */
export function CalendarPage() {
  const { t } = useI18n();
  const c = t.calendar;
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const view = useYear(year);
  const save = useSaveYear(year);
  const revert = useRevertYear(year);
  const [draft, setDraft] = useState<CalendarDay[]>([]);
  const [provisional, setProvisional] = useState(false);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [form] = Form.useForm<{ kind: CalendarDayKind; name: string; source: string }>();

  useEffect(() => {
    if (view.data) {
      setDraft(view.data.days);
      setProvisional(view.data.provisional);
      setNote(view.data.note ?? '');
    }
  }, [view.data]);

  const dirty = !!view.data && JSON.stringify(view.data.days) !== JSON.stringify(draft);
  const pick = (date: string) => {
    const e = draft.find((d) => d.date === date);
    form.setFieldsValue(e ?? { kind: 'holiday', name: '', source: '' });
    setEditing(date);
  };
  const apply = async () => {
    const v = await form.validateFields();
    setDraft((ds) => [...ds.filter((d) => d.date !== editing), { date: editing!, ...v }].sort((a, b) => a.date.localeCompare(b.date)));
    setEditing(null);
  };
  const remove = () => {
    setDraft((ds) => ds.filter((d) => d.date !== editing));
    setEditing(null);
  };
  const submit = () =>
    save.mutate(
      { days: draft, provisional, note: note || null, version: view.data?.version ?? null },
      { onSuccess: () => void message.success(t.admin.saved), onError: (e) => void message.error(e.message) },
    );

  return (
    <>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{c.title}</Typography.Title>
        <Space wrap>
          <InputNumber aria-label={c.year} min={2000} max={2060} value={year} onChange={(v) => v && setYear(v)} />
          {view.data && <Tag data-testid="year-origin">{c.origin[view.data.origin]}</Tag>}
        </Space>
      </Space>
      {view.data?.provisional && <Alert type="warning" showIcon title={c.provisionalWarning} style={{ marginBottom: 12 }} />}
      <Space wrap style={{ marginBottom: 12 }}>
        {(['holiday', 'compensatory', 'swap_off', 'makeup_workday', 'weekend'] as const).map((k) => (
          <Tag key={k} color={KIND_COLOURS[k]}>
            {c.kind[k]}
          </Tag>
        ))}
      </Space>
      <YearGrid year={year} days={draft} onPick={pick} weekdayNames={c.weekdays} />
      <Space wrap style={{ marginTop: 16 }}>
        <Switch checked={provisional} onChange={setProvisional} /> {c.markProvisional}
        <Input style={{ width: 320 }} placeholder={c.note} value={note} onChange={(e) => setNote(e.target.value)} />
        <Button type="primary" disabled={!dirty && provisional === view.data?.provisional} loading={save.isPending} onClick={submit}>
          {t.admin.save}
        </Button>
        {view.data?.origin === 'stored' && (
          <Popconfirm title={c.revertConfirm} onConfirm={() => revert.mutate(undefined, { onError: (e) => void message.error(e.message) })}>
            <Button danger>{c.revert}</Button>
          </Popconfirm>
        )}
      </Space>
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {c.history}
      </Typography.Title>
      <List
        size="small"
        dataSource={view.data?.history ?? []}
        locale={{ emptyText: c.noHistory }}
        renderItem={(h) => (
          <List.Item>
            {new Date(h.changedAt).toLocaleString('vi-VN')} — {h.changedByName ?? h.changedBy ?? '—'}: {h.action === 'save' ? c.saved(h.days?.length ?? 0) : c.reverted}
            {h.note ? ` (${h.note})` : ''}
          </List.Item>
        )}
      />
      <Modal open={!!editing} title={editing ?? ''} onOk={() => void apply()} onCancel={() => setEditing(null)} okText={c.apply} cancelText={t.admin.cancel} footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {draft.some((d) => d.date === editing) && <Button danger onClick={remove}>{c.clear}</Button>}
          <CancelBtn />
          <OkBtn />
        </>
      )}>
        <Form form={form} layout="vertical">
          <Form.Item name="kind" label={c.kindLabel} rules={[{ required: true }]}>
            <Radio.Group optionType="button" buttonStyle="solid" options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: c.kind[k] }))} />
          </Form.Item>
          <Form.Item name="name" label={c.name} rules={[{ required: true }]}>
            <Input placeholder="Tết Nguyên đán" />
          </Form.Item>
          <Form.Item name="source" label={c.source} rules={[{ required: true }]}>
            <Input placeholder="Công văn …/VPCP-KGVX" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
