import { Badge, Col, DatePicker, Grid, Input, Menu, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { CHANNELS } from '../../../domain/procedure';
import { useI18n } from '../../i18n';
import { useQueueCounts } from './queries';
import { QUEUES, type QueueFilters, type QueueName } from './types';

export const queueHref = (q: QueueName) => `/can-bo/hang-doi/${q}`;

/** "12", "50+" or "…" while loading. */
export function countText(c: { data?: { count: number; more: boolean } | undefined; isPending: boolean }): string {
  if (c.isPending || !c.data) return '…';
  return c.data.more ? `${c.data.count}+` : String(c.data.count);
}

/** The eight queues with their counts: a side menu on wide screens, a drop-down on phones. */
export function QueueMenu({ current }: { current: QueueName }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const counts = useQueueCounts(QUEUES);
  const wide = Grid.useBreakpoint().lg;
  const label = (q: QueueName) => (
    <span style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
      <span>{t.dossier.queue[q]}</span>
      <Badge count={countText(counts[q])} color={q === 'late' ? '#cf1322' : q === 'due-soon' ? '#d46b08' : '#8c8c8c'} showZero overflowCount={999} />
    </span>
  );
  if (!wide) {
    return (
      <Select
        aria-label={t.dossier.queues.title}
        style={{ width: '100%', marginBottom: 12 }}
        size="large"
        value={current}
        onChange={(q: QueueName) => void navigate(queueHref(q))}
        options={QUEUES.map((q) => ({ value: q, label: label(q) }))}
        data-testid="queue-select"
      />
    );
  }
  return (
    <Menu
      mode="inline"
      data-testid="queue-menu"
      selectedKeys={[current]}
      style={{ borderInlineEnd: 0, background: 'transparent' }}
      onClick={(e) => void navigate(queueHref(e.key as QueueName))}
      items={QUEUES.map((q) => ({ key: q, label: label(q) }))}
    />
  );
}

/** Text search (debounced), channel and received-date range; the caller keeps them (in the URL). */
export function QueueFiltersBar({ value, onChange }: { value: QueueFilters; onChange: (f: QueueFilters) => void }) {
  const { t } = useI18n();
  const qs = t.dossier.queues;
  const [text, setText] = useState(value.q ?? '');
  useEffect(() => setText((typed) => (typed.trim() === (value.q ?? '') ? typed : (value.q ?? ''))), [value.q]);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (text.trim() !== (value.q ?? '')) onChange({ ...value, q: text.trim() || undefined });
    }, 350);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  const range: [Dayjs | null, Dayjs | null] | null = value.receivedFrom || value.receivedTo ? [value.receivedFrom ? dayjs(value.receivedFrom) : null, value.receivedTo ? dayjs(value.receivedTo) : null] : null;
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
      <Col xs={24} md={10}>
        <Input.Search allowClear aria-label={qs.search} placeholder={qs.search} value={text} onChange={(e) => setText(e.target.value)} data-testid="queue-search" />
      </Col>
      <Col xs={24} sm={8} md={5}>
        <Select
          allowClear
          style={{ width: '100%' }}
          aria-label={t.procedure.channelCol}
          placeholder={qs.allChannels}
          value={value.channel}
          onChange={(channel?: QueueFilters['channel']) => onChange({ ...value, channel })}
          options={CHANNELS.map((c) => ({ value: c, label: t.procedure.channel[c] }))}
        />
      </Col>
      <Col xs={24} sm={16} md={9}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          placeholder={[qs.receivedFrom, qs.receivedTo]}
          value={range}
          onChange={(r) => onChange({ ...value, receivedFrom: r?.[0]?.format('YYYY-MM-DD'), receivedTo: r?.[1]?.format('YYYY-MM-DD') })}
        />
      </Col>
    </Row>
  );
}
