/** The wide-screen tables of a procedure's channels and documents, loaded on demand by display.tsx. */
import { Table, Typography } from 'antd';
import type { ChannelInfo, DocumentItem } from '../../../domain/procedure';
import { useI18n } from '../../i18n';
import { DocumentExtras, FeesCell, RequiredTag, TimeCell } from './display';

export function ChannelTableWide({ channels }: { channels: ChannelInfo[] }) {
  const p = useI18n().t.procedure;
  return (
    <Table
      data-testid="channel-table"
      rowKey="channel"
      size="small"
      pagination={false}
      dataSource={channels}
      columns={[
        { title: p.channelCol, width: 150, render: (_, c) => <Typography.Text strong>{p.channel[c.channel]}</Typography.Text> },
        { title: p.time, render: (_, c) => <TimeCell time={c.processingTime} /> },
        { title: p.fees, render: (_, c) => <FeesCell fees={c.fees} /> },
      ]}
    />
  );
}

export function DocumentsTableWide({ documents }: { documents: DocumentItem[] }) {
  const p = useI18n().t.procedure;
  return (
    <Table
      rowKey={(_, i) => String(i)}
      size="small"
      pagination={false}
      dataSource={documents}
      locale={{ emptyText: p.none }}
      columns={[
        { title: p.sheet.no, width: 56, render: (_, __, i) => i + 1 },
        {
          title: p.documentName,
          render: (_, d) => (
            <>
              {d.name}
              <DocumentExtras document={d} />
            </>
          ),
        },
        { title: p.copies, dataIndex: 'copies', width: 160, render: (c: string) => c || '—' },
        { title: p.requiredCol, width: 120, render: (_, d) => <RequiredTag document={d} /> },
      ]}
    />
  );
}
