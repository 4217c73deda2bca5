/**
 * Applicant identifiers: a citizen's 12-digit CCCD / personal identification number, or an
 * organisation's tax code (10 digits, or 10 + "-" + 3 for a branch).
 * CCCD structure (TT 07/2016/TT-BCA, art. 7): 3 digits province of birth (001–096), 1 digit
 * century+sex (0–9), 2 digits year of birth, 6 random digits.
 */
export function cccdProblem(value: string): string | null {
  if (!/^\d{12}$/.test(value)) return 'Số CCCD/định danh cá nhân phải gồm đúng 12 chữ số';
  const province = Number(value.slice(0, 3));
  if (province < 1 || province > 96) return 'Ba chữ số đầu của CCCD (mã nơi đăng ký khai sinh) phải từ 001 đến 096';
  return null;
}

/** Vietnamese tax code with its check digit (the 10th digit). */
export function taxCodeProblem(value: string): string | null {
  const m = /^(\d{10})(-\d{3})?$/.exec(value);
  if (!m) return 'Mã số thuế phải gồm 10 chữ số (hoặc 10 chữ số, dấu "-" và 3 chữ số cho chi nhánh)';
  const d = m[1]!.split('').map(Number);
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((acc, w, i) => acc + w * d[i]!, 0);
  const check = 10 - (sum % 11);
  if (check === 10 || check !== d[9]) return 'Mã số thuế không đúng (sai chữ số kiểm tra)';
  return null;
}
