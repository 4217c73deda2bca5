import { Card, Col, Row, Tooltip } from 'antd';
import { dayOfWeek, daysInMonth, type CalendarDay, type CalendarDayKind } from '../../domain/calendar';

/** Colours of a day by what it is; a make-up Saturday is a working day shown in green. */
export const KIND_COLOURS: Record<CalendarDayKind | 'weekend', string> = {
  holiday: '#e53935',
  compensatory: '#fb8c00',
  swap_off: '#8e24aa',
  makeup_workday: '#43a047',
  weekend: '#bdbdbd',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Twelve month grids (Monday first); clicking a day calls `onPick` with its date. */
export function YearGrid({ year, days, onPick, weekdayNames }: { year: number; days: CalendarDay[]; onPick: (date: string) => void; weekdayNames: string[] }) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return (
    <Row gutter={[12, 12]}>
      {Array.from({ length: 12 }, (_, m) => {
        const month = m + 1;
        const first = `${year}-${pad(month)}-01`;
        const lead = (dayOfWeek(first) + 6) % 7;
        const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: daysInMonth(year, month) }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`)];
        return (
          <Col key={month} xs={24} sm={12} md={8} lg={6}>
            <Card size="small" title={`${month}/${year}`} data-testid={`month-${month}`}>
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center', fontSize: 12 }}>
                {weekdayNames.map((w) => (
                  <div key={w} style={{ fontWeight: 600 }}>
                    {w}
                  </div>
                ))}
                {cells.map((date, i) => {
                  if (!date) return <div key={`e${i}`} />;
                  const entry = byDate.get(date);
                  const dow = dayOfWeek(date);
                  const colour = entry ? KIND_COLOURS[entry.kind] : dow === 0 || dow === 6 ? KIND_COLOURS.weekend : undefined;
                  const cell = (
                    <button
                      type="button"
                      data-date={date}
                      data-kind={entry?.kind ?? ''}
                      onClick={() => onPick(date)}
                      style={{ border: 0, borderRadius: 3, padding: '2px 0', cursor: 'pointer', background: colour ?? 'transparent', color: colour && colour !== KIND_COLOURS.weekend ? '#fff' : undefined }}
                    >
                      {Number(date.slice(8))}
                    </button>
                  );
                  return entry ? (
                    <Tooltip key={date} title={`${entry.name} — ${entry.source}`}>
                      {cell}
                    </Tooltip>
                  ) : (
                    <span key={date} style={{ display: 'contents' }}>
                      {cell}
                    </span>
                  );
                })}
              </div>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
