/** Shapes of /api/indicators/766, its drill-down, /api/targets (src/server/api/indicators). */
export type IndicatorView = { id: string; name: string; max: number; target: number | null; numerator: number | null; denominator: number | null; ratio: number | null; score: number; noData: boolean; reason: string | null };
export type GroupView = { id: string; name: string; max: number; score: number; indicators: IndicatorView[] };
export type ScorecardView = { scope: string; scopeName: string; from: string; to: string; total: number; max: number; groups: GroupView[]; children?: { scope: string; name: string; total: number }[] };
export type DrillItem = { kind: 'dossier' | 'feedback'; code: string; title: string; receivedAt: string | null; dueAt: string | null; problem: string; link: string };
export type DrillPage = { indicatorId: string; total: number; page: number; size: number; items: DrillItem[] };
export type TargetRow = { key: string; name: string; target: number; actual: number | null; numerator: number | null; denominator: number | null; atRisk: boolean; reason: string | null };
export type ScorecardQuery = { scope: string; from: string; to: string };
