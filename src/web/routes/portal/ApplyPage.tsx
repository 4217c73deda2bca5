import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Result, Spin } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useProcedure } from '../../features/catalogue/queries';
import { ApplyWizard } from '../../features/online/ApplyWizard';
import { CitizenLogin } from '../../features/online/CitizenLogin';
import { needsLogin, useDraft, useDrafts } from '../../features/online/queries';
import { OnlineTheme } from '../../features/online/theme';
import { useI18n } from '../../i18n';

const DRAFT = 'ban-nhap';

function Apply() {
  const { t } = useI18n();
  const s = t.online.apply;
  const { procedureCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const draftId = params.get(DRAFT) ?? undefined;
  const procedure = useProcedure(procedureCode);
  const drafts = useDrafts();
  const draft = useDraft(draftId);
  const back = (
    <Link to={`/thu-tuc/${procedureCode}`} style={{ display: 'inline-block', marginBottom: 8 }}>
      <ArrowLeftOutlined /> {procedureCode}
    </Link>
  );
  if (needsLogin(drafts.error) || needsLogin(draft.error)) return <CitizenLogin />;
  if (procedure.error || draft.error) {
    const err = procedure.error ?? draft.error;
    return <Result status={err instanceof ApiError && err.status === 404 ? '404' : 'error'} subTitle={err instanceof ApiError ? err.detail : t.error.generic} extra={back} />;
  }
  if (procedure.isPending || drafts.isPending || (draftId && draft.isPending)) return <Spin style={{ display: 'block', margin: 48 }} />;
  const p = procedure.data;
  if (p.onlineLevel !== 'full' && p.onlineLevel !== 'partial') return <Result status="warning" title={s.notOnline} extra={back} data-testid="not-online" />;
  const open = draftId ? [] : (drafts.data ?? []).filter((d) => d.procedureCode === procedureCode);
  return (
    <>
      {back}
      {open.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <Link to={`/nop-ho-so/${procedureCode}?${DRAFT}=${open[0]!.id}`} reloadDocument data-testid="resume-draft">
              {s.resume}
            </Link>
          }
        />
      )}
      <ApplyWizard key={procedureCode} procedure={p} draft={draft.data ?? null} onCreated={(id) => setParams({ [DRAFT]: id }, { replace: true })} />
    </>
  );
}

/** /nop-ho-so/:procedureCode[?ban-nhap=<id>] — apply online for a procedure, or resume a draft. */
export function ApplyPage() {
  return (
    <OnlineTheme>
      <Apply />
    </OnlineTheme>
  );
}
