import type { indicatorsVi } from './vi-indicators';

/** English texts of the QĐ 766 scorecard dashboard, plan targets and the public scorecard page. */
export const indicatorsEn: typeof indicatorsVi = {
  nav: { admin: 'Decision 766 indicators', portal: 'Service indicators' },
  title: 'Steering indicators under Decision 766/QĐ-TTg',
  publicTitle: 'Service indicators for citizens and businesses (Decision 766/QĐ-TTg)',
  cardHint: 'Scores of the 5 indicator groups, dossiers that cost points, plan targets.',
  scope: 'Agency',
  period: { quarter: 'Quarter', year: 'Year', quarters: ['Q1', 'Q2', 'Q3', 'Q4'], from: 'From', to: 'To' },
  total: 'Total score',
  of: 'of',
  columns: { id: 'Id', name: 'Indicator', ratio: 'Ratio', counts: 'Numerator / denominator', score: 'Score' },
  noData: 'No data',
  drill: {
    title: 'Dossiers and feedback that cost points — indicator {id}',
    hint: 'Click an indicator to see the dossiers that cost points.',
    none: 'No dossier costs points on this indicator.',
    unavailable: 'This indicator has no detail list.',
    code: 'Code',
    title2: 'Subject',
    due: 'Due',
    problem: 'Why it costs points',
  },
  targets: { title: 'Plan targets for {year} vs actual', key: 'Target', target: 'Goal', actual: 'Actual', atRisk: 'At risk', ok: 'On track', none: 'No data' },
  ranking: { title: 'Ranking of subordinate agencies', rank: 'Rank', agency: 'Agency', total: 'Total score', none: 'No subordinate agencies.' },
  error: 'Could not load the figures.',
};
