import { Alert, Descriptions, List, Radio, Space, Tag, Typography } from 'antd';
import type { ApplicationContent } from '../../../domain/dossier';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';
import type { ProcedureDetail } from '../catalogue/types';
import { TAG } from './theme';
import { AnswersView } from './AnswersView';
import type { Applicant } from './types';

/** The agencies that receive the procedure online. */
export const onlineAgencies = (p: ProcedureDetail) => p.assignments.filter((a) => a.channels.includes('online'));

/** Fees of the online channel, in words, with "chờ nộp phí" where one applies. */
export function OnlineFees({ procedure }: { procedure: ProcedureDetail }) {
  const s = useI18n().t.online.apply;
  const channel = procedure.channels.find((c) => c.channel === 'online') ?? procedure.channels[0];
  const fees = channel?.fees ?? [];
  const pending = fees.some((f) => f.amount === null || f.amount > 0);
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="online-fees"
      items={[
        { key: 'time', label: s.processingTime, children: channel?.processingTime.asWritten || '—' },
        {
          key: 'fees',
          label: s.fees,
          children: (
            <Space orientation="vertical" size={2}>
              {fees.length === 0 ? '—' : fees.map((f, i) => <span key={i}>{f.amount ? `${f.label}: ${formatMoney(f.amount)}` : `${f.label}: ${f.asWritten || '—'}`}</span>)}
              {pending && (
                <span>
                  <Tag color={TAG.warning}>{s.feePending}</Tag>
                  <Typography.Text type="secondary">{s.feeNote}</Typography.Text>
                </span>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

export function AgencyStep({ procedure, value, onChange, error }: { procedure: ProcedureDetail; value: string | null; onChange: (code: string) => void; error?: string | undefined }) {
  const s = useI18n().t.online.apply;
  const agencies = onlineAgencies(procedure);
  if (agencies.length === 0) return <Alert type="warning" showIcon title={s.noAgency} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <div>
        <Typography.Title level={5} id="agency-label">
          {s.chooseAgency}
        </Typography.Title>
        <Radio.Group aria-labelledby="agency-label" value={value} onChange={(e) => onChange(e.target.value as string)} data-testid="agency-choice">
          <Space orientation="vertical">
            {agencies.map((a) => (
              <Radio key={a.agencyCode} value={a.agencyCode}>
                {a.agencyName}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
        {error && (
          <div>
            <Typography.Text type="danger" role="alert">
              {error}
            </Typography.Text>
          </div>
        )}
      </div>
      <OnlineFees procedure={procedure} />
    </Space>
  );
}

export function ApplicantStep({ applicant }: { applicant: Applicant }) {
  const { t } = useI18n();
  const s = t.online.apply;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={s.applicantNote} />
      <Descriptions
        bordered
        size="small"
        column={1}
        data-testid="applicant"
        items={[
          { key: 'name', label: t.field.fullName, children: applicant.name },
          { key: 'id', label: s.idNumber, children: applicant.idNumber },
          { key: 'phone', label: t.field.phone, children: applicant.phone ?? '—' },
          { key: 'email', label: t.field.email, children: applicant.email ?? '—' },
          { key: 'address', label: t.field.address, children: applicant.address ?? '—' },
        ]}
      />
    </Space>
  );
}

export function ReviewStep({ procedure, content, applicant }: { procedure: ProcedureDetail; content: ApplicationContent; applicant: Applicant | null }) {
  const { t } = useI18n();
  const s = t.online.apply;
  const agency = procedure.assignments.find((a) => a.agencyCode === content.agencyCode);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16} data-testid="review">
      <Alert type="info" showIcon title={s.reviewHint} />
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'procedure', label: t.online.mine.procedure, children: `${procedure.code} · ${procedure.name}` },
          { key: 'agency', label: s.steps.agency, children: agency?.agencyName ?? '—' },
          { key: 'applicant', label: s.steps.applicant, children: applicant ? `${applicant.name} (${applicant.idNumber})` : '—' },
        ]}
      />
      {procedure.formFields.length > 0 && <AnswersView fields={procedure.formFields} values={content.values} />}
      <List
        size="small"
        bordered
        header={<Typography.Text strong>{s.steps.documents}</Typography.Text>}
        dataSource={procedure.documents.map((d, index) => ({ d, slot: content.documents.find((x) => x.index === index) }))}
        renderItem={({ d, slot }) => (
          <List.Item>
            <Space orientation="vertical" size={0}>
              <Typography.Text>{d.name}</Typography.Text>
              <Typography.Text type={slot ? 'success' : 'secondary'}>{slot ? (slot.reuse ? `${s.chooseStore}: ${slot.label ?? ''}` : slot.label) : s.notProvided}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <OnlineFees procedure={procedure} />
    </Space>
  );
}
