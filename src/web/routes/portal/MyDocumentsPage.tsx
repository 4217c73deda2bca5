import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { apiBlob } from '../../api/client';
import { saveBlob } from '../../features/documents/files';
import { problemDetail } from '../../features/dossiers/problems';
import { CitizenLogin } from '../../features/online/CitizenLogin';
import { needsLogin, useMyDocuments } from '../../features/online/queries';
import type { StoreItem } from '../../features/online/types';
import { OnlineTheme } from '../../features/online/theme';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';

function Items({ items, testId }: { items: StoreItem[]; testId: string }) {
  const { t, fmt } = useI18n();
  const s = t.online.store;
  const { message } = App.useApp();
  const download = (x: StoreItem) =>
    apiBlob(`/api/files/${x.fileId}`)
      .then(({ blob, name }) => saveBlob(blob, name ?? x.fileName ?? `${x.title}.pdf`))
      .catch((e: unknown) => void message.error(problemDetail(e, t.error.generic)));
  return (
    <List
      dataSource={items}
      locale={{ emptyText: <Typography.Text>{s.empty}</Typography.Text> }}
      data-testid={testId}
      renderItem={(x) => (
        <List.Item
          data-testid="store-entry"
          actions={[
            <Button key="dl" icon={<DownloadOutlined />} onClick={() => void download(x)}>
              {t.online.mine.download}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={x.title}
            description={
              <Space wrap size={8}>
                <Link to={`/ho-so-cua-toi/${x.dossierCode}`}>{fmt(s.dossier, { code: x.dossierCode })}</Link>
                <span>{x.procedureName}</span>
                <span>{formatDate(x.at)}</span>
                {x.verificationCode && (
                  <Link to={`/xac-thuc/${x.verificationCode}`}>
                    <SafetyCertificateOutlined /> {s.verificationCode}: {x.verificationCode}
                  </Link>
                )}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}

function Documents() {
  const s = useI18n().t.online.store;
  const q = useMyDocuments();
  if (needsLogin(q.error)) return <CitizenLogin />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {s.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{s.hint}</Typography.Paragraph>
      <Card size="small" title={s.results} loading={q.isPending}>
        <Items items={q.data?.results ?? []} testId="store-results" />
      </Card>
      <Card size="small" title={s.uploads} loading={q.isPending}>
        <Items items={q.data?.uploads ?? []} testId="store-uploads" />
      </Card>
    </Space>
  );
}

/** /giay-to-cua-toi — the citizen's data store: signed results and accepted documents, reusable in new applications. */
export function MyDocumentsPage() {
  return (
    <OnlineTheme>
      <Documents />
    </OnlineTheme>
  );
}
