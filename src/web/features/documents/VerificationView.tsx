import { Descriptions, List, Result, Tag, Typography } from 'antd';
import type { ResultProps } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import type { Verification, VerificationStatus } from './types';

/** Green for an authentic document, red when altered, orange when revoked or replaced. */
const LOOK: Record<VerificationStatus, ResultProps['status']> = { valid: 'success', tampered: 'error', revoked: 'warning', replaced: 'warning', unknown: 'warning' };

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', overflowWrap: 'anywhere' } as const;

/** The verdict on a document (by code or uploaded file) and what anyone may know about it: issuer, signer, dossier, hash. */
export function VerificationView({ v }: { v: Verification }) {
  const { t, fmt } = useI18n();
  const s = t.documents.verify;
  const sig = v.signature;
  const items = [
    v.document && { key: 'document', label: s.document, children: v.document.title },
    v.issuer && { key: 'issuer', label: s.issuer, children: v.issuer.agencyName },
    sig && { key: 'signer', label: s.signer, children: sig.signerName ?? sig.certificateSubject },
    sig && { key: 'signedAt', label: s.signedAt, children: formatDateTime(sig.signedAt) },
    sig && {
      key: 'certificate',
      label: s.certificate,
      children: (
        <>
          {sig.certificateSubject} <Typography.Text type="secondary">
            ({s.certIssuer}: {sig.certificateIssuer})
          </Typography.Text>{' '}
          <Tag color={sig.valid ? 'green' : 'red'}>{sig.valid ? s.signatureValid : s.signatureInvalid}</Tag>
          {sig.problems.length > 0 && <div>{sig.problems.join('; ')}</div>}
        </>
      ),
    },
    v.document && { key: 'issuedAt', label: s.issuedAt, children: formatDateTime(v.document.issuedAt) },
    v.dossier && { key: 'dossier', label: s.dossier, children: <Link to={`/tra-cuu/${v.dossier.code}`}>{v.dossier.code}</Link> },
    v.dossier && { key: 'procedure', label: s.procedure, children: `${v.dossier.procedure.code} · ${v.dossier.procedure.name}` },
    v.dossier && { key: 'applicant', label: s.applicant, children: v.dossier.applicantInitials },
    v.verificationCode && { key: 'code', label: s.code, children: <span style={mono}>{v.verificationCode}</span> },
    v.revocation && { key: 'revocation', label: fmt(s.revokedAt, { at: formatDateTime(v.revocation.at) }), children: v.revocation.reason ?? '—' },
    v.document && { key: 'sha256', label: s.sha256, children: <Typography.Text copyable style={mono}>{v.document.sha256}</Typography.Text> },
  ].filter((x) => !!x);
  return (
    <div data-testid="verification" data-status={v.status}>
      <Result
        status={LOOK[v.status]}
        title={<span data-testid="verdict">{s.verdict[v.status]}</span>}
        subTitle={v.message}
        extra={
          v.replacement && (
            <Link to={`/xac-thuc/${v.replacement.verificationCode.replace(/-/g, '')}`} data-testid="replacement-link">
              {fmt(s.replacement, { code: v.replacement.verificationCode })}
            </Link>
          )
        }
        style={{ paddingBlock: 24 }}
      />
      {items.length > 0 && <Descriptions bordered size="small" column={1} items={items} style={{ maxWidth: 900, margin: '0 auto' }} />}
      {v.signatures && v.signatures.length > 0 && (
        <List
          header={s.signatures}
          size="small"
          bordered
          style={{ maxWidth: 900, margin: '16px auto 0' }}
          dataSource={v.signatures}
          renderItem={(x) => (
            <List.Item>
              {x.certificateSubject} · {x.certificateIssuer} · {formatDateTime(x.signedAt)} <Tag color={x.valid ? 'green' : 'red'}>{x.valid ? s.signatureValid : s.signatureInvalid}</Tag>
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
