/**
 * Provinces and communes offered by address fields of online forms (after the 2025 two-tier
 * reform: province → commune, no district). A small illustrative list as data: the demo province
 * An Giang in full for its demo communes, and a few others. Codes are stable slugs, not the
 * national administrative-unit codes; an installation replaces this list with the official one.
 */
export type Place = { readonly code: string; readonly name: string };
export type Province = Place & { readonly communes: readonly Place[] };

export const PROVINCES: readonly Province[] = [
  {
    code: 'an-giang',
    name: 'Tỉnh An Giang',
    communes: [
      { code: 'long-xuyen', name: 'Phường Long Xuyên' },
      { code: 'binh-duc', name: 'Phường Bình Đức' },
      { code: 'my-thoi', name: 'Phường Mỹ Thới' },
      { code: 'chau-doc', name: 'Phường Châu Đốc' },
      { code: 'rach-gia', name: 'Phường Rạch Giá' },
      { code: 'my-hoa-hung', name: 'Xã Mỹ Hòa Hưng' },
      { code: 'cho-moi', name: 'Xã Chợ Mới' },
      { code: 'phu-quoc', name: 'Đặc khu Phú Quốc' },
    ],
  },
  {
    code: 'can-tho',
    name: 'Thành phố Cần Thơ',
    communes: [
      { code: 'ninh-kieu', name: 'Phường Ninh Kiều' },
      { code: 'cai-rang', name: 'Phường Cái Răng' },
      { code: 'binh-thuy', name: 'Phường Bình Thủy' },
    ],
  },
  {
    code: 'dong-thap',
    name: 'Tỉnh Đồng Tháp',
    communes: [
      { code: 'cao-lanh', name: 'Phường Cao Lãnh' },
      { code: 'sa-dec', name: 'Phường Sa Đéc' },
    ],
  },
  {
    code: 'ho-chi-minh',
    name: 'Thành phố Hồ Chí Minh',
    communes: [
      { code: 'sai-gon', name: 'Phường Sài Gòn' },
      { code: 'ben-thanh', name: 'Phường Bến Thành' },
      { code: 'thu-duc', name: 'Phường Thủ Đức' },
    ],
  },
  {
    code: 'ha-noi',
    name: 'Thành phố Hà Nội',
    communes: [
      { code: 'hoan-kiem', name: 'Phường Hoàn Kiếm' },
      { code: 'ba-dinh', name: 'Phường Ba Đình' },
      { code: 'cau-giay', name: 'Phường Cầu Giấy' },
    ],
  },
];

export const provinceOf = (code: string): Province | undefined => PROVINCES.find((p) => p.code === code);
export const communeOf = (province: string, commune: string): Place | undefined => provinceOf(province)?.communes.find((c) => c.code === commune);

/** "Số 12 Trần Hưng Đạo, Phường Long Xuyên, Tỉnh An Giang" for an address value; unknown codes are shown as they are. */
export function addressText(v: { province?: string; commune?: string; street?: string }): string {
  const province = v.province ? (provinceOf(v.province)?.name ?? v.province) : '';
  const commune = v.province && v.commune ? (communeOf(v.province, v.commune)?.name ?? v.commune) : '';
  return [v.street?.trim(), commune, province].filter(Boolean).join(', ');
}
