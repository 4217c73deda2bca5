import { Dashboard } from '../../features/indicators/Dashboard';

/** /quan-tri/chi-so-766: the QĐ 766 dashboard with drill-down and plan targets. */
export function IndicatorsPage() {
  return <Dashboard />;
}
