import { ArrowLeftOutlined, InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, Result, Row, Spin, Typography, Upload, type UploadProps } from 'antd';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { normaliseVerificationCode } from '../../../domain/documents/verification-code';
import { ApiError } from '../../api/client';
import { problemDetail } from '../../features/dossiers/problems';
import { useVerification, useVerifyFile } from '../../features/documents/queries';
import { VerificationView } from '../../features/documents/VerificationView';
import { useI18n } from '../../i18n';

/** /xac-thuc — check a document by the code printed beside its QR code, or by uploading the PDF. */
function VerifyHome() {
  const { t } = useI18n();
  const s = t.documents.verify;
  const navigate = useNavigate();
  const check = useVerifyFile();
  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) =>
    check.mutate(file as Blob, { onSuccess: (v) => onSuccess?.(v), onError: (e) => onError?.(e) });
  return (
    <>
      <Typography.Title level={2}>{s.title}</Typography.Title>
      <Typography.Paragraph>{s.intro}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card title={s.byCode} style={{ height: '100%' }}>
            <Form
              layout="vertical"
              requiredMark={false}
              data-testid="verify-code-form"
              onFinish={(v: { code: string }) => void navigate(`/xac-thuc/${normaliseVerificationCode(v.code)}`)}
            >
              <Form.Item
                name="code"
                label={s.code}
                extra={s.codeHint}
                rules={[{ validator: (_, v?: string) => (normaliseVerificationCode(v ?? '') ? Promise.resolve() : Promise.reject(new Error(s.badCode))) }]}
              >
                <Input size="large" placeholder={s.codePlaceholder} autoComplete="off" maxLength={20} style={{ textTransform: 'uppercase' }} data-testid="verify-code-input" />
              </Form.Item>
              <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} data-testid="verify-code-submit">
                {s.check}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={s.byFile} style={{ height: '100%' }}>
            <Upload.Dragger accept=".pdf,application/pdf" showUploadList={false} maxCount={1} customRequest={customRequest} disabled={check.isPending} data-testid="verify-file">
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{check.isPending ? s.checking : s.fileHint}</p>
            </Upload.Dragger>
          </Card>
        </Col>
      </Row>
      {check.error && <Alert type="error" showIcon title={problemDetail(check.error, t.error.generic)} style={{ marginTop: 16 }} data-testid="verify-file-error" />}
      {check.data && !check.isPending && (
        <Card style={{ marginTop: 16 }}>
          <VerificationView v={check.data} />
        </Card>
      )}
    </>
  );
}

/** /xac-thuc/:code — what the QR code on a result opens: the verdict, issuer, signer and hash. */
function VerifyCodePage() {
  const { t } = useI18n();
  const s = t.documents.verify;
  const { code: raw = '' } = useParams();
  const code = normaliseVerificationCode(raw);
  const v = useVerification(code ?? undefined);
  const back = (
    <Link to="/xac-thuc" data-testid="verify-another">
      <ArrowLeftOutlined /> {s.another}
    </Link>
  );
  if (!code || (v.error instanceof ApiError && v.error.status === 400)) return <Result status="warning" title={s.badCode} extra={back} data-testid="verify-error" />;
  if (v.error) {
    const notFound = v.error instanceof ApiError && v.error.status === 404;
    return <Result status={notFound ? '404' : 'error'} title={notFound ? s.notFound : problemDetail(v.error, t.error.generic)} subTitle={raw.toUpperCase()} extra={back} data-testid="verify-error" />;
  }
  if (v.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <>
      {back}
      <VerificationView v={v.data} />
    </>
  );
}

/** The public verification pages under /xac-thuc (no login). */
export function VerifyRoutes() {
  return (
    <Routes>
      <Route index element={<VerifyHome />} />
      <Route path=":code" element={<VerifyCodePage />} />
    </Routes>
  );
}
