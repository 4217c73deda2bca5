import { ArrowLeftOutlined } from '@ant-design/icons';
import { Result, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { ApiError } from '../../api/client';
import { flatten, useAgencies } from '../agencies/queries';
import { useProcedure } from '../catalogue/queries';
import { useI18n } from '../../i18n';
import { ProcessEditor } from './ProcessEditor';
import { useProcess } from './queries';

/** /quan-tri/quy-trinh/:code/:agency — the internal process of a procedure at one receiving agency. */
export function ProcessPage() {
  const { code = '', agency = '' } = useParams();
  const { t } = useI18n();
  const p = t.process;
  const valid = PROCEDURE_CODE_PATTERN.test(code);
  const overview = useProcess(valid ? code : undefined, agency);
  const detail = useProcedure(valid ? code : undefined);
  const agencies = useAgencies();

  if (!valid) return <Result status="404" title="404" subTitle={t.catalogueAdmin.codePattern} />;
  if (overview.isPending || agencies.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (overview.error) return <Result status={overview.error instanceof ApiError && overview.error.status === 404 ? '404' : 'error'} subTitle={overview.error.message} />;

  const all = flatten(agencies.data ?? []);
  const here = all.find((a) => a.code === agency);
  const assignment = detail.data?.assignments.find((a) => a.agencyCode === agency);

  return (
    <>
      <Link to={`/quan-tri/thu-tuc/${code}?tab=process`}>
        <ArrowLeftOutlined /> {detail.data?.name ?? code}
      </Link>
      <Typography.Title level={2} style={{ marginTop: 8 }} data-testid="process-title">
        {p.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{code}</Tag>
        <Typography.Text strong>{here?.name ?? assignment?.agencyName ?? agency}</Typography.Text>
        <Typography.Text type="secondary">{agency}</Typography.Text>
      </Space>
      <ProcessEditor
        key={`${code}@${agency}`}
        overview={overview.data}
        units={(here?.units ?? []).filter((u) => u.active)}
        agencies={all.filter((a) => a.active).map((a) => ({ code: a.code, name: a.name }))}
      />
    </>
  );
}
