/**
 * An amount in Vietnamese words for receipts ("Số tiền bằng chữ"): 1.250.000 → "Một triệu hai trăm
 * năm mươi nghìn đồng". Inner groups keep "không trăm" and "lẻ" as banks and treasuries write them
 * (1.005.000 → "Một triệu không trăm lẻ năm nghìn đồng").
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'];

function group(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const w: string[] = [];
  if (h > 0 || full) w.push(DIGITS[h]!, 'trăm');
  if (t === 0 && u > 0 && (h > 0 || full)) w.push('lẻ');
  if (t === 1) w.push('mười');
  else if (t > 1) w.push(DIGITS[t]!, 'mươi');
  if (u === 1 && t > 1) w.push('mốt');
  else if (u === 5 && t > 0) w.push('lăm');
  else if (u > 0) w.push(DIGITS[u]!);
  return w;
}

/** Words for a non-negative integer (up to 10^18). */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('numberInWords: a non-negative safe integer');
  if (n === 0) return 'không';
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 1000)) groups.push(x % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) {
      // a whole "tỷ" block of zeros still needs its scale word when higher groups exist
      if (i > 0 && i % 3 === 0 && words.length > 0) words.push('tỷ');
      continue;
    }
    words.push(...group(g, i < groups.length - 1));
    const scale = i % 3 === 0 ? (i === 0 ? '' : 'tỷ') : SCALES[i % 3]!;
    if (scale) words.push(scale);
  }
  return words.join(' ').replace(/(tỷ )+tỷ/g, 'tỷ');
}

/** "Năm mươi nghìn đồng". */
export function dongInWords(amount: number): string {
  const s = `${numberInWords(amount)} đồng`;
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** "1.250.000" (no currency sign). */
export const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
