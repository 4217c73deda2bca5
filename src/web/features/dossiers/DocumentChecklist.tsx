import { Alert, Checkbox, Form, Tag, Tooltip, Typography } from 'antd';
import type { DocumentItem } from '../../../domain/procedure';
import { useI18n } from '../../i18n';
import type { UploadedFile } from '../documents/types';
import { IdSuggestion, ScanUpload } from './ScanUpload';

/** One row of the checklist: the procedure's document with what the officer received and its scan, if uploaded. */
export type DocumentRow = DocumentItem & { received: boolean; digitised: boolean; fileId?: string | undefined; fileName?: string | undefined };

export const checklistOf = (documents: DocumentItem[]): DocumentRow[] => documents.map((d) => ({ ...d, received: d.required, digitised: false }));

const CSS = `
.doc-row { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; padding: 8px 0; border-bottom: 1px solid #f0f0f0; }
.doc-row .checks { display: flex; flex-direction: column; gap: 2px; min-width: 110px; }
.doc-row .ant-form-item { margin: 0; }
.doc-row.missing .doc-name { color: #cf1322; }
`;

/**
 * Checklist generated from the procedure's documents: "đã nhận" and "đã số hóa" per document, required
 * ones flagged. Each document takes its scan; "đã số hóa" can only be ticked once a scan is attached,
 * and attaching one ticks both.
 */
export function DocumentChecklist() {
  const { t } = useI18n();
  const c = t.dossier.counter;
  const form = Form.useFormInstance();
  // preserve: the rows' name, copies, required and file are not fields of their own, only values of the list.
  const rows: DocumentRow[] = Form.useWatch('documents', { form, preserve: true }) ?? [];
  const set = (i: number, patch: Partial<DocumentRow>) => {
    for (const [k, v] of Object.entries(patch)) form.setFieldValue(['documents', i, k], v);
  };
  const attach = (i: number, f: UploadedFile) => set(i, { fileId: f.id, fileName: f.name, received: true, digitised: true });
  const detach = (i: number) => set(i, { fileId: undefined, fileName: undefined, digitised: false });
  const missing = rows.filter((d) => d.required && !d.received).length;
  return (
    <div data-testid="document-checklist">
      <style>{CSS}</style>
      <Form.List name="documents">
        {(fields) =>
          fields.length === 0 ? (
            <Typography.Text type="secondary">{c.documentsHint}</Typography.Text>
          ) : (
            fields.map((f, i) => {
              const d = rows[i];
              return (
                <div key={f.key} className={`doc-row${d?.required && !d.received ? ' missing' : ''}`} data-testid="document-row">
                  <div className="checks">
                    <Form.Item name={[f.name, 'received']} valuePropName="checked">
                      <Checkbox>{c.received}</Checkbox>
                    </Form.Item>
                    <Tooltip title={d?.fileId ? undefined : t.documents.scan.needFile}>
                      <div>
                        <Form.Item name={[f.name, 'digitised']} valuePropName="checked">
                          <Checkbox disabled={!d?.received || !d.fileId}>{c.digitised}</Checkbox>
                        </Form.Item>
                      </div>
                    </Tooltip>
                  </div>
                  <div>
                    <span className="doc-name">{d?.name}</span>
                    <div>
                      {d?.copies && <Typography.Text type="secondary">{d.copies} </Typography.Text>}
                      {d?.required ? <Tag color="red">{t.procedure.required}</Tag> : <Tag>{t.procedure.optional}</Tag>}
                    </div>
                    <ScanUpload fileName={d?.fileName} onUploaded={(file) => attach(f.name, file)} onRemoved={() => detach(f.name)} />
                    {d?.fileId && <IdSuggestion fileId={d.fileId} />}
                  </div>
                </div>
              );
            })
          )
        }
      </Form.List>
      {missing > 0 && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={c.missing(missing)} data-testid="missing-documents" />}
    </div>
  );
}
