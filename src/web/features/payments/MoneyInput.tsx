import { InputNumber, type InputNumberProps } from 'antd';

/** "1250000" shown as "1.250.000" (Vietnamese grouping); a minus sign is kept so the server can refuse it with its own message. */
export const groupDigits = (v: number | string | undefined) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const parseDigits = (v: string | undefined) => {
  const digits = (v ?? '').replace(/[^\d-]/g, '');
  return digits === '' || digits === '-' ? (null as unknown as number) : Number(digits);
};

/** An amount in đồng: whole numbers, Vietnamese thousands separators, "₫" after it. */
export function MoneyInput(props: InputNumberProps<number>) {
  return <InputNumber<number> precision={0} style={{ width: '100%' }} formatter={groupDigits} parser={parseDigits} suffix="₫" inputMode="numeric" {...props} />;
}
