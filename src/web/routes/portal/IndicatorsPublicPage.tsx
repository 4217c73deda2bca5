import { useSearchParams } from 'react-router';
import { Dashboard } from '../../features/indicators/Dashboard';

/** /chi-so-766?scope=…: the public QĐ 766 scorecard of an agency (no drill-down). */
export function IndicatorsPublicPage() {
  const [params] = useSearchParams();
  return <Dashboard publicView initialScope={params.get('scope') ?? ''} />;
}
