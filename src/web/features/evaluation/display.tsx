import { Tag, Tooltip } from 'antd';
import { localDateOf } from '../../../domain/calendar';
import { quarterOf, quarterPeriod, yearPeriod, type Period } from '../../../domain/evaluation';
import { useI18n } from '../../i18n';

/** Band colours: the agency grades from excellent (green) to weak (red), the official's three likewise. */
const BAND_COLOR: Record<string, string> = { excellent: 'green', good: 'cyan', fair: 'gold', average: 'orange', weak: 'red', full: 'green', partial: 'orange', low: 'red' };

export function BandTag({ band }: { band: string | null }) {
  const { t } = useI18n();
  if (!band) return <Tag>{t.evaluation.noData}</Tag>;
  return (
    <Tag color={BAND_COLOR[band] ?? 'default'} data-testid="band">
      {t.evaluation.bands[band] ?? band}
    </Tag>
  );
}

/** One decimal, with the decimal comma in Vietnamese ("12,5"), the point in English. */
export const formatScore = (value: number, lang: string): string => (lang === 'vi' ? value.toFixed(1).replace('.', ',') : value.toFixed(1));

/** A score with one decimal, with the decimal comma in Vietnamese; "—" (explained) without data. */
export function Score({ value }: { value: number | null | undefined }) {
  const { t, lang } = useI18n();
  if (value === null || value === undefined) {
    return (
      <Tooltip title={t.evaluation.noDataHint}>
        <span style={{ color: '#999' }}>—</span>
      </Tooltip>
    );
  }
  return <span>{formatScore(value, lang)}</span>;
}

export type PeriodChoice = { mode: 'quarter' | 'year'; year: number; quarter: 1 | 2 | 3 | 4 };

export const periodOfChoice = (c: PeriodChoice): Period => (c.mode === 'year' ? yearPeriod(c.year) : quarterPeriod(c.year, c.quarter));

/** The current quarter on the Vietnamese calendar. */
export function currentChoice(now = new Date()): PeriodChoice {
  const today = localDateOf(now);
  return { mode: 'quarter', year: Number(today.slice(0, 4)), quarter: quarterOf(today) };
}
