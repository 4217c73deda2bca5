import { Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { AssistSignupButton } from '../../features/account/AssistSignupModal';
import { flatten, useAgencies } from '../../features/agencies/queries';
import { useMe } from '../../features/auth/queries';
import type { ProcedureDetail } from '../../features/catalogue/types';
import { ReceiptDone } from '../../features/dossiers/ReceiptDone';
import { ReceiptForm } from '../../features/dossiers/ReceiptForm';
import type { DossierView } from '../../features/dossiers/types';
import { useI18n } from '../../i18n';

/** /can-bo/tiep-nhan: the one-stop officer's counter, one receipt after another. */
export function CounterPage() {
  const { t } = useI18n();
  const me = useMe();
  const agencyTree = useAgencies();
  const [done, setDone] = useState<{ dossier: DossierView; procedure: ProcedureDetail | undefined } | null>(null);
  // Remounting the form (new key) resets every field and focuses the procedure field again.
  const [round, setRound] = useState(0);
  const names = new Map(flatten(agencyTree.data ?? []).map((a) => [a.code, a.name]));
  const codes = [...new Set((me.data?.roles ?? []).filter((r) => r.role === 'reception' && r.agencyCode).map((r) => r.agencyCode!))];
  const agencies = codes.map((code) => ({ code, name: names.get(code) ?? code }));

  if (me.data && agencies.length === 0) return <Result status="403" title="403" subTitle={t.dossier.counter.noRole} />;
  return (
    <>
      <Space className="no-print" wrap style={{ width: '100%', justifyContent: 'space-between', alignItems: 'baseline', marginBottom: 8 }}>
        <Typography.Title level={2} data-testid="counter-title" style={{ margin: 0 }}>
          {t.dossier.counter.title}
        </Typography.Title>
        {/* Seed 000: account help; after a receipt it starts from that applicant. */}
        <AssistSignupButton
          key={done?.dossier.code ?? 'blank'}
          initial={done ? { ...done.dossier.applicant, fullName: done.dossier.applicant.name } : undefined}
        />
      </Space>
      {done ? (
        <ReceiptDone
          dossier={done.dossier}
          agencyName={names.get(done.dossier.receivingAgency ?? '') ?? done.dossier.receivingAgency ?? ''}
          procedureName={done.procedure?.name ?? ''}
          officer={me.data?.fullName ?? ''}
          onNext={() => {
            setDone(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        me.data && <ReceiptForm key={round} agencies={agencies} onDone={(dossier, procedure) => setDone({ dossier, procedure })} />
      )}
    </>
  );
}
