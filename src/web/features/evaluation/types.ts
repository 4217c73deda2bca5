/** Shapes of the evaluation API (server/api/evaluations/routes.ts). */
export type Level = 'official' | 'unit' | 'agency';

export type ScoreRow = {
  id: string;
  code: string | null;
  name: string;
  agency: string | null;
  unit?: string | null;
  dossiers: number;
  indicators: Record<string, number | null>;
  total: number | null;
  max: number;
  fullMax: number;
  converted: number | null;
  band: string | null;
  bandName: string | null;
  notes: Record<string, string>;
};

export type EvaluationReport = {
  level: Level;
  scope: { id: string; code: string; name: string } | null;
  from: string;
  to: string;
  period: string;
  indicatorIds: number[];
  rows: ScoreRow[];
};

export type PublicEvaluations = { from: string; to: string; period: string; rows: ScoreRow[] };

export type DossierEvaluation = {
  code: string;
  status: number;
  resolved: boolean;
  agency: { code: string; name: string } | null;
  period: { from: string; to: string; label: string };
  indicators: { id: number; name: string; scope: 'dossier' | 'agency'; points: number | null; reason: string }[];
  steps: { name: string; kind: string; participant: string; dueAt: string | null; finishedAt: string | null; points: number | null }[];
  score: { total: number | null; max: number; converted: number | null; band: string | null; bandName: string | null };
};

export type EvaluationQuery = { level: Level; from: string; to: string; scope?: string; official?: string };
