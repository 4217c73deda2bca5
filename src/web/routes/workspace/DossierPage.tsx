import { Col, Result, Row, Spin } from 'antd';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useProcedure } from '../../features/catalogue/queries';
import { IssuedDocuments } from '../../features/documents/IssuedDocuments';
import { ObligationCard } from '../../features/payments/ObligationCard';
import { ActionBar } from '../../features/dossiers/ActionBar';
import { DossierTimeline, StepsTable } from '../../features/dossiers/DossierProgress';
import { DocumentList, DossierSummary } from '../../features/dossiers/DossierSummary';
import { useDossier } from '../../features/dossiers/queries';
import { FormAnswersCard } from '../../features/online/AnswersView';
import { DossierEvaluationCard } from '../../features/evaluation/DossierEvaluationCard';
import { useI18n } from '../../i18n';

/** /can-bo/ho-so/:code — everything about one dossier and the actions the officer may take now. */
export function DossierPage() {
  const { t } = useI18n();
  const { code } = useParams();
  const dossier = useDossier(code);
  const procedure = useProcedure(dossier.data?.procedure.code);
  if (dossier.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (dossier.isError) {
    const e = dossier.error;
    const status = e instanceof ApiError && e.status === 403 ? '403' : '404';
    return <Result status={status} title={status} subTitle={e instanceof ApiError ? e.detail : t.dossier.page.notFound} data-testid="dossier-error" />;
  }
  const d = dossier.data;
  const suggestions = [...new Set([...(procedure.data?.documents.map((x) => x.name) ?? []), ...d.documents.map((x) => x.name)])];
  return (
    <>
      <DossierSummary dossier={d} procedureName={procedure.data?.name} />
      <ActionBar dossier={d} suggestions={suggestions} />
      <StepsTable dossier={d} />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <DossierTimeline dossier={d} />
        </Col>
        <Col xs={24} lg={10}>
          <ObligationCard dossier={d} />
          <IssuedDocuments dossier={d} />
          <FormAnswersCard formData={d.formData} fields={procedure.data?.formFields} />
          <DossierEvaluationCard code={d.code} version={d.version} />
          <DocumentList dossier={d} />
        </Col>
      </Row>
    </>
  );
}
