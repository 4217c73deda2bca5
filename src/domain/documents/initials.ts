/**
 * What public verification may say about the applicant: the initials of their name
 * ("Nguyễn Thị Hồng Nhung" → "N.T.H.N."), never the name, number or address.
 */
export function initialsOf(name: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  return words.map((w) => `${[...w][0]!.toLocaleUpperCase('vi')}.`).join('');
}
