import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PROCEDURE_CODE_PATTERN } from '../../../domain/procedure';
import { DraftsList } from '../../features/catalogue/DraftsList';
import { ImportPanel } from '../../features/catalogue/ImportPanel';
import { ProcedureSearch } from '../../features/catalogue/ProcedureSearch';
import { downloadExport } from '../../features/catalogue/queries';
import type { SearchParams } from '../../features/catalogue/types';
import { useI18n } from '../../i18n';

const adminHref = (code: string) => `/quan-tri/thu-tuc/${code}`;

/** /quan-tri/thu-tuc — the catalogue: procedures in force, drafts, import and export. */
export function CatalogueAdminPage() {
  const { t } = useI18n();
  const a = t.catalogueAdmin;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search, setSearch] = useState<SearchParams>({});
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ code: string }>();
  const exportJson = (drafts: boolean) => downloadExport(drafts).catch((e: Error) => void message.error(e.message));

  return (
    <>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{a.title}</Typography.Title>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => (form.resetFields(), setAdding(true))}>
            {a.add}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="open-import">
            {a.import}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportJson(false)}>
            {a.export}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportJson(true)}>
            {a.exportDrafts}
          </Button>
        </Space>
      </Space>
      <Tabs
        items={[
          { key: 'in-force', label: a.inForce, children: <ProcedureSearch value={search} onChange={setSearch} hrefOf={adminHref} /> },
          { key: 'drafts', label: a.drafts, children: <DraftsList hrefOf={adminHref} /> },
        ]}
      />
      <Modal open={importing} title={a.import} footer={null} onCancel={() => setImporting(false)} width={820} destroyOnHidden>
        <ImportPanel />
      </Modal>
      <Modal
        open={adding}
        title={a.add}
        okText={a.continue}
        cancelText={t.admin.cancel}
        onCancel={() => setAdding(false)}
        onOk={() => void form.validateFields().then((v) => navigate(adminHref(v.code.trim())))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="code" label={a.newCode} rules={[{ required: true, pattern: PROCEDURE_CODE_PATTERN, message: a.codePattern }]}>
            <Input placeholder="1.001193" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
