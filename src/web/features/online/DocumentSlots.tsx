import { CloseOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentSlot } from '../../../domain/dossier';
import type { DocumentItem } from '../../../domain/procedure';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { FileUpload } from './FileUpload';
import { useMyDocuments } from './queries';
import { TAG } from './theme';
import type { StoreItem } from './types';

/** "Giấy tờ của tôi" to choose from: results first, then accepted uploads. */
function StorePicker({ open, onClose, onPick }: { open: boolean; onClose: () => void; onPick: (item: StoreItem) => void }) {
  const { t, fmt } = useI18n();
  const s = t.online;
  const docs = useMyDocuments(open);
  const items = [...(docs.data?.results ?? []), ...(docs.data?.uploads ?? [])];
  return (
    <Modal open={open} title={s.apply.storeTitle} onCancel={onClose} footer={null} destroyOnHidden>
      <List
        loading={docs.isPending}
        dataSource={items}
        locale={{ emptyText: <Typography.Text>{s.apply.storeEmpty}</Typography.Text> }}
        data-testid="store-picker"
        renderItem={(item) => (
          <List.Item
            data-testid="store-item"
            actions={[
              <Button key="use" type="primary" size="small" onClick={() => onPick(item)}>
                {s.apply.use}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  {item.title}
                  <Tag color={item.kind === 'result' ? TAG.success : TAG.info}>{item.kind === 'result' ? s.store.results : s.store.uploads}</Tag>
                </Space>
              }
              description={`${fmt(s.store.dossier, { code: item.dossierCode })} · ${formatDate(item.at)}`}
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}

/**
 * One row per document of the procedure: upload a file, or choose one from "Giấy tờ của tôi"
 * (no upload: the dossier records it as taken from the citizen's data store).
 */
export function DocumentSlots({ documents, slots, onChange, errors }: { documents: readonly DocumentItem[]; slots: readonly DocumentSlot[]; onChange: (slots: DocumentSlot[]) => void; errors: Record<string, string> }) {
  const { t, fmt } = useI18n();
  const s = t.online.apply;
  const [picking, setPicking] = useState<number | null>(null);
  const put = (index: number, slot: DocumentSlot | null) => onChange([...slots.filter((x) => x.index !== index), ...(slot ? [slot] : [])].sort((a, b) => a.index - b.index));
  return (
    <>
      <List
        dataSource={documents.map((d, index) => ({ d, index, slot: slots.find((x) => x.index === index) }))}
        renderItem={({ d, index, slot }) => (
          <List.Item data-testid="slot-row" data-index={index} style={{ display: 'block' }}>
            <Space orientation="vertical" style={{ width: '100%' }} size={6}>
              <Space wrap size={4}>
                <Typography.Text strong>{d.name}</Typography.Text>
                <Tag color={d.required ? TAG.danger : TAG.neutral}>{d.required ? s.required : s.optional}</Tag>
                {d.copies && <Tag>{d.copies}</Tag>}
              </Space>
              {d.forms.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {s.templates}: {d.forms.map((f) => (f.url ? <a key={f.name} href={f.url} target="_blank" rel="noreferrer">{f.name} </a> : `${f.name} `))}
                </Typography.Text>
              )}
              <Space wrap>
                <FileUpload fileName={slot?.fileId ? slot.label : null} onUploaded={(f) => put(index, { index, fileId: f.id, label: f.name })} />
                <Button icon={<FolderOpenOutlined />} onClick={() => setPicking(index)} data-testid="choose-store">
                  {s.chooseStore}
                </Button>
                {slot && (
                  <Button type="text" icon={<CloseOutlined />} onClick={() => put(index, null)} aria-label={s.remove}>
                    {s.remove}
                  </Button>
                )}
              </Space>
              {slot?.reuse && (
                <Typography.Text type="success" data-testid="store-choice">
                  {fmt(s.fromStore, { title: slot.label ?? '' })}
                </Typography.Text>
              )}
              {errors[`documents.${index}`] && (
                <Typography.Text type="danger" role="alert">
                  {errors[`documents.${index}`]}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      <StorePicker
        open={picking !== null}
        onClose={() => setPicking(null)}
        onPick={(item) => {
          if (picking !== null) put(picking, { index: picking, reuse: { kind: item.kind, id: item.id }, label: `${item.title} (${item.dossierCode})` });
          setPicking(null);
        }}
      />
    </>
  );
}
