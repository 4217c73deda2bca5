import { DownloadOutlined, FilePdfOutlined, PrinterOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatVerificationCode } from '../../../domain/documents/verification-code';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { useMe } from '../auth/queries';
import { problemDetail } from '../dossiers/problems';
import type { DossierView } from '../dossiers/types';
import { openFile, saveBlob } from './files';
import { downloadControlSheet, downloadFile, useIssuedDocuments } from './queries';
import { RevokeModal } from './RevokeModal';
import type { IssuedDocument } from './types';

/** The tags of one document: form number or result stage, signature, revocation. */
function DocumentTags({ doc }: { doc: IssuedDocument }) {
  const { t, fmt } = useI18n();
  const s = t.documents.issued;
  return (
    <Space size={4} wrap>
      {doc.form === 'receipt_payment' ? <Tag color="gold">{t.payments.card.receipt}</Tag> : doc.kind === 'form' ? <Tag color="blue">{fmt(s.form, { number: doc.number ?? '' })}</Tag> : <Tag color="purple">{s.result}</Tag>}
      {doc.form === 'draft' && <Tag>{s.draft}</Tag>}
      {doc.signed ? (
        <Tag color="green" data-testid="signed-tag">
          {s.signed}
        </Tag>
      ) : (
        <Tag>{s.unsigned}</Tag>
      )}
      {doc.replacedBy ? <Tag color="orange">{s.replaced}</Tag> : doc.revokedAt && <Tag color="red">{s.revoked}</Tag>}
    </Space>
  );
}

/**
 * "Giấy tờ đã phát hành": the forms (01–05) and result documents of the dossier, each to view and
 * print in a new tab or download; the process control sheet rendered now; revocation of a signed
 * result for agency heads.
 */
export function IssuedDocuments({ dossier }: { dossier: DossierView }) {
  const { t, fmt } = useI18n();
  const s = t.documents.issued;
  const { message } = App.useApp();
  const me = useMe();
  const docs = useIssuedDocuments(dossier.code, dossier.version);
  const [revoking, setRevoking] = useState<IssuedDocument | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const head = me.data?.roles.some((r) => r.role === 'agency_head') ?? false;

  const run = async (key: string, job: () => Promise<unknown>) => {
    setBusy(key);
    try {
      await job();
    } catch (e) {
      void message.error(problemDetail(e, t.error.generic));
    } finally {
      setBusy(null);
    }
  };
  const view = (key: string, load: () => ReturnType<typeof downloadFile>, name: string) =>
    run(key, async () => {
      if (!(await openFile(load, name))) void message.info(s.popupBlocked);
    });
  const download = (doc: IssuedDocument) =>
    run(`save:${doc.id}`, async () => {
      const { blob, name } = await downloadFile(doc.fileId);
      saveBlob(blob, name ?? `${doc.title}.pdf`);
    });

  return (
    <Card
      title={s.title}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="issued-documents"
      extra={
        <Button size="small" icon={<PrinterOutlined />} loading={busy === 'control'} onClick={() => void view('control', () => downloadControlSheet(dossier.code), `phieu-kiem-soat-${dossier.code}.pdf`)} data-testid="control-sheet">
          {s.controlSheet}
        </Button>
      }
    >
      <List
        size="small"
        loading={docs.isPending}
        dataSource={docs.data ?? []}
        locale={{ emptyText: docs.isError ? problemDetail(docs.error, t.error.generic) : s.empty }}
        renderItem={(doc) => (
          <List.Item style={{ display: 'block', paddingInline: 0 }} data-testid="issued-document" data-form={doc.form}>
            <div>
              <FilePdfOutlined style={{ color: '#b71c1c' }} /> <Typography.Text strong>{doc.title}</Typography.Text>
            </div>
            <DocumentTags doc={doc} />
            {doc.signed && doc.signerName && (
              <div>
                <Typography.Text type="secondary">{fmt(s.signedBy, { name: doc.signerName, at: formatDateTime(doc.signedAt) })}</Typography.Text>
              </div>
            )}
            {doc.verificationCode && (
              <div>
                {s.code}:{' '}
                <Link to={`/xac-thuc/${doc.verificationCode}`} target="_blank" data-testid="verification-link">
                  {formatVerificationCode(doc.verificationCode)}
                </Link>
              </div>
            )}
            {doc.revokedAt && (
              <div>
                <Typography.Text type="danger">{fmt(s.revokedAt, { at: formatDateTime(doc.revokedAt), reason: doc.revokedReason ?? '' })}</Typography.Text>
              </div>
            )}
            <Space wrap size={4} style={{ marginTop: 4 }}>
              <Button size="small" icon={<PrinterOutlined />} loading={busy === `view:${doc.id}`} onClick={() => void view(`view:${doc.id}`, () => downloadFile(doc.fileId), `${doc.title}.pdf`)} data-testid="view-document">
                {s.view}
              </Button>
              <Button size="small" icon={<DownloadOutlined />} loading={busy === `save:${doc.id}`} onClick={() => void download(doc)} data-testid="download-document">
                {s.download}
              </Button>
              {head && doc.kind === 'result' && doc.signed && doc.verificationCode && !doc.revokedAt && (
                <Button size="small" danger icon={<StopOutlined />} onClick={() => setRevoking(doc)} data-testid="revoke-document">
                  {s.revoke}
                </Button>
              )}
            </Space>
          </List.Item>
        )}
      />
      {revoking && <RevokeModal code={dossier.code} version={dossier.version} document={revoking} onClose={() => setRevoking(null)} />}
    </Card>
  );
}
