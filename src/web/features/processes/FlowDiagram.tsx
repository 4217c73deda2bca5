import { Empty } from 'antd';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Unit } from '../../api/types';
import { useI18n } from '../../i18n';
import type { Step, StepKind } from './types';

/** Kind colours (Ant Design's palette): accent for border and label, tint for the box. */
export const KIND_COLOURS: Record<StepKind, { accent: string; tint: string }> = {
  receive: { accent: '#1677ff', tint: '#e6f4ff' },
  process: { accent: '#08979c', tint: '#e6fffb' },
  consult: { accent: '#722ed1', tint: '#f9f0ff' },
  approve: { accent: '#d46b08', tint: '#fff7e6' },
  sign: { accent: '#cf1322', tint: '#fff1f0' },
  transfer: { accent: '#c41d7f', tint: '#fff0f6' },
  return: { accent: '#389e0d', tint: '#f6ffed' },
};

const GAP_X = 28;
const GAP_Y = 40;
const MIN_W = 130;
const MAX_W = 210;
const PAD = 2;

/** Words into at most `lines` lines of about `chars` characters, the last one cut with "…". */
export function wrap(text: string, chars: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= chars) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  const kept = out.slice(0, lines).map((l) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l));
  if (out.length > lines) {
    const last = kept[lines - 1]!;
    kept[lines - 1] = `${last.length >= chars ? last.slice(0, chars - 1) : last}…`;
  }
  return kept;
}

/** The width of the element, following resizes (0 until it is laid out or while it is hidden). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(([e]) => setWidth(Math.floor(e?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The steps as boxes from left to right, wrapping into rows as the width allows, with arrows from
 * each step to the next. A box shows the kind (by colour and name), the step name, who handles it
 * and its time share; a transfer also shows the agency it goes to.
 */
export function FlowDiagram({ steps, units, agencyName }: { steps: Step[]; units: Unit[]; agencyName: (code: string) => string }) {
  const { t } = useI18n();
  const p = t.process;
  const [ref, measured] = useWidth();
  const marker = `arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (steps.length === 0) {
    return (
      <div ref={ref}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={p.noSteps} />
      </div>
    );
  }

  const width = (measured || 960) - 2 * PAD;
  const cols = Math.max(1, Math.min(steps.length, Math.floor((width + GAP_X) / (MIN_W + GAP_X))));
  // One column (a narrow phone) takes the width, up to a readable box; several share it.
  const boxW = cols === 1 ? Math.min(width, 320) : Math.min(MAX_W, Math.floor((width - GAP_X * (cols - 1)) / cols));
  const boxH = steps.some((s) => s.kind === 'transfer') ? 124 : 106;
  const rows = Math.ceil(steps.length / cols);
  const at = (i: number) => ({ x: PAD + (i % cols) * (boxW + GAP_X), y: PAD + Math.floor(i / cols) * (boxH + GAP_Y) });
  const height = rows * boxH + (rows - 1) * GAP_Y + 2 * PAD;
  const svgWidth = cols * boxW + (cols - 1) * GAP_X + 2 * PAD;
  const chars = (size: number) => Math.max(8, Math.floor((boxW - 20) / (size * 0.56)));
  const unitName = (code: string) => units.find((u) => u.code === code)?.name ?? code;

  return (
    <div ref={ref} style={{ width: '100%' }}>
      <svg
        width={svgWidth}
        height={height}
        viewBox={`0 0 ${svgWidth} ${height}`}
        role="img"
        aria-label={`${p.diagram}: ${steps.map((s) => s.name).join(' → ')}`}
        data-testid="flow-diagram"
        style={{ display: 'block', maxWidth: '100%', height: 'auto', fontFamily: 'inherit' }}
      >
        <defs>
          <marker id={marker} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="#8c8c8c" />
          </marker>
        </defs>
        {steps.slice(1).map((_, j) => {
          const a = at(j);
          const b = at(j + 1);
          const d =
            a.y === b.y
              ? `M${a.x + boxW},${a.y + boxH / 2} H${b.x - 2}`
              : `M${a.x + boxW / 2},${a.y + boxH} V${a.y + boxH + GAP_Y / 2} H${b.x + boxW / 2} V${b.y - 2}`;
          return <path key={`arrow-${j}`} d={d} fill="none" stroke="#8c8c8c" strokeWidth={1.5} markerEnd={`url(#${marker})`} />;
        })}
        {steps.map((s, i) => {
          const { x, y } = at(i);
          const c = KIND_COLOURS[s.kind];
          const who = s.unitCode ? `${s.unitCode} · ${t.role[s.role]}` : t.role[s.role];
          const share = `${s.share.amount} ${p.shareUnits[s.share.unit]}`;
          const target = s.kind === 'transfer' ? `→ ${s.targetAgencyCode ? agencyName(s.targetAgencyCode) : '?'}` : null;
          const name = wrap(s.name || s.key, chars(13), 2);
          return (
            <g key={`${i}-${s.key}`} transform={`translate(${x},${y})`} data-testid="flow-step" data-kind={s.kind}>
              <title>{[`${i + 1}. ${s.name}`, p.kinds[s.kind], s.unitCode ? `${s.unitCode} — ${unitName(s.unitCode)}` : null, t.role[s.role], share, target].filter(Boolean).join('\n')}</title>
              <rect width={boxW} height={boxH} rx={8} fill={c.tint} stroke={c.accent} strokeWidth={1.2} />
              <rect width={5} height={boxH} rx={2} fill={c.accent} />
              <text x={14} y={19} fontSize={11} fontWeight={600} fill={c.accent}>
                {p.kinds[s.kind].toUpperCase()}
              </text>
              <text x={boxW - 10} y={19} fontSize={11} fill="#8c8c8c" textAnchor="end">
                {i + 1}
              </text>
              <text x={14} y={40} fontSize={13} fontWeight={600} fill="rgba(0,0,0,0.88)">
                {name.map((l, k) => (
                  <tspan key={k} x={14} dy={k === 0 ? 0 : 17}>
                    {l}
                  </tspan>
                ))}
              </text>
              <text x={14} y={80} fontSize={12} fill="rgba(0,0,0,0.65)">
                {wrap(who, chars(12), 1)[0]}
              </text>
              <text x={14} y={98} fontSize={12} fontWeight={600} fill="rgba(0,0,0,0.88)" data-testid="flow-share">
                {share}
              </text>
              {target && (
                <text x={14} y={116} fontSize={12} fill={c.accent} data-testid="flow-target">
                  {wrap(target, chars(12), 1)[0]}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
