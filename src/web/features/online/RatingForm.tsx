import { Alert, Button, Form, Input, Radio, Result } from 'antd';
import { useState } from 'react';
import { RATING_TIMES, type RatingInput } from '../../../domain/feedback';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { problemDetail } from '../dossiers/problems';
import type { Rating } from './types';

const COUNTS = [1, 2, 3, 4, 5];

/**
 * The rating of a returned dossier (TT 01/2018 art. 13): time against the promised date, visits,
 * bodies contacted, attitude; large tap targets for the counter tablet. Pre-filled with the rating
 * given so far, editable until its deadline.
 */
export function RatingForm({ rating, canRate, onSubmit, large = false }: { rating: Rating | null; canRate: boolean; onSubmit: (v: RatingInput) => Promise<unknown>; large?: boolean }) {
  const { t, fmt } = useI18n();
  const s = t.online.rating;
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const size = large ? 'large' : 'middle';
  if (sent) return <Result status="success" title={s.thanks} data-testid="rating-thanks" />;
  const finish = (v: RatingInput) => {
    setBusy(true);
    setError(null);
    onSubmit({ ...v, comment: v.comment?.trim() || undefined })
      .then(() => setSent(true))
      .catch((e: unknown) => setError(problemDetail(e, t.error.generic)))
      .finally(() => setBusy(false));
  };
  const counts = COUNTS.map((n) => ({ value: n, label: n === 5 ? s.moreThanFive : String(n) }));
  return (
    <Form<RatingInput> layout="vertical" initialValues={rating ? { ...rating, contacts: Math.min(rating.contacts, 5), bodies: Math.min(rating.bodies, 5), comment: rating.comment ?? undefined } : { contacts: 1, bodies: 1 }} onFinish={finish} disabled={!canRate} requiredMark={false} data-testid="rating-form">
      {rating && <Alert type={rating.editable ? 'info' : 'success'} showIcon style={{ marginBottom: 16 }} title={rating.editable ? fmt(s.editableUntil, { date: formatDateTime(rating.editableUntil) }) : s.closed} />}
      <Form.Item name="time" label={s.time} rules={[{ required: true, message: s.time }]}>
        <Radio.Group size={size} optionType="button" buttonStyle="solid" options={RATING_TIMES.map((x) => ({ value: x, label: s.times[x] }))} />
      </Form.Item>
      <Form.Item name="contacts" label={s.contacts} rules={[{ required: true }]}>
        <Radio.Group size={size} optionType="button" buttonStyle="solid" options={counts} />
      </Form.Item>
      <Form.Item name="bodies" label={s.bodies} rules={[{ required: true }]}>
        <Radio.Group size={size} optionType="button" buttonStyle="solid" options={counts} />
      </Form.Item>
      <Form.Item name="attitude" label={s.attitude} rules={[{ required: true, message: s.attitude }]}>
        <Radio.Group size={size} optionType="button" buttonStyle="solid" options={s.attitudes.map((label, i) => ({ value: i + 1, label }))} />
      </Form.Item>
      <Form.Item name="comment" label={s.comment}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="rating-error" />}
      {canRate && (
        <Button type="primary" htmlType="submit" size={size} loading={busy} data-testid="rating-submit">
          {rating ? s.update : s.submit}
        </Button>
      )}
    </Form>
  );
}
