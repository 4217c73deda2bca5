import { PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { ReceiptSheet } from './ReceiptSheet';
import type { DossierView } from './types';

/** After a receipt: the code large enough to read out to the citizen, the due date, print and next. */
export function ReceiptDone(props: { dossier: DossierView; agencyName: string; procedureName: string; officer: string; onNext: () => void }) {
  const { t } = useI18n();
  const c = t.dossier.counter;
  const { dossier: d } = props;
  const print = useRef<HTMLButtonElement>(null);
  useEffect(() => print.current?.focus(), []);
  return (
    <>
      <Result
        className="no-print"
        status="success"
        title={c.success}
        data-testid="receipt-done"
        subTitle={
          <Space orientation="vertical" size={4}>
            <Typography.Text copyable={{ text: d.code }} style={{ fontSize: 'clamp(19px, 6vw, 30px)', fontWeight: 700, letterSpacing: 0.5, color: '#000', whiteSpace: 'nowrap' }} data-testid="dossier-code">
              {d.code}
            </Typography.Text>
            <span>
              {c.dueAt}:{' '}
              <Typography.Text strong data-testid="dossier-due">
                {d.dueAt ? formatDateTime(d.dueAt) : c.noDue}
              </Typography.Text>
            </span>
          </Space>
        }
        extra={
          <Space wrap style={{ justifyContent: 'center' }}>
            <Button ref={print} type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-receipt">
              {c.print}
            </Button>
            <Button onClick={props.onNext} data-testid="next-receipt">
              {c.next}
            </Button>
            <Link to={`/can-bo/ho-so/${encodeURIComponent(d.code)}`} data-testid="open-dossier">
              {c.open}
            </Link>
          </Space>
        }
      />
      <ReceiptSheet dossier={d} agencyName={props.agencyName} procedureName={props.procedureName} officer={props.officer} />
    </>
  );
}
