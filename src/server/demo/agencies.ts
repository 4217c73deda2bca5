import type { AgencyLevel } from '../../domain/agency';

/**
 * Demo organisation: a province with its office, public administration service centre,
 * three departments and two communes (after the 2025 two-tier reform: no district).
 * Codes follow the QCVN 102:2016 shape; they are illustrative, not an official code list.
 */
export type DemoAgency = {
  code: string;
  name: string;
  shortName: string;
  level: AgencyLevel;
  parentCode: string | null;
  address: string;
  phone: string;
  email: string;
  units: { code: string; name: string }[];
};

const P = '000.00.00.H04';

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    code: P,
    name: 'Ủy ban nhân dân tỉnh An Giang',
    shortName: 'UBND tỉnh',
    level: 'province',
    parentCode: null,
    address: 'Số 82 Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang',
    phone: '0296 3852 000',
    email: 'ubnd@angiang.gov.vn',
    units: [],
  },
  {
    code: '000.00.01.H04',
    name: 'Văn phòng Ủy ban nhân dân tỉnh An Giang',
    shortName: 'Văn phòng UBND tỉnh',
    level: 'province',
    parentCode: P,
    address: 'Số 82 Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang',
    phone: '0296 3852 001',
    email: 'vpubnd@angiang.gov.vn',
    units: [
      { code: 'KSTTHC', name: 'Phòng Kiểm soát thủ tục hành chính' },
      { code: 'HCTC', name: 'Phòng Hành chính - Tổ chức' },
    ],
  },
  {
    code: '000.00.02.H04',
    name: 'Trung tâm Phục vụ hành chính công tỉnh An Giang',
    shortName: 'TTPVHCC',
    level: 'province',
    parentCode: '000.00.01.H04',
    address: 'Số 80A Trần Hưng Đạo, phường Long Xuyên, tỉnh An Giang',
    phone: '0296 3957 999',
    email: 'ttpvhcc@angiang.gov.vn',
    units: [
      { code: 'TNTKQ', name: 'Bộ phận Tiếp nhận và Trả kết quả' },
      { code: 'GSDG', name: 'Bộ phận Giám sát, đánh giá' },
    ],
  },
  {
    code: '000.00.17.H04',
    name: 'Sở Tư pháp tỉnh An Giang',
    shortName: 'Sở Tư pháp',
    level: 'province',
    parentCode: P,
    address: 'Số 15 Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang',
    phone: '0296 3852 555',
    email: 'stp@angiang.gov.vn',
    units: [
      { code: 'VP', name: 'Văn phòng Sở' },
      { code: 'HCTP', name: 'Phòng Hành chính tư pháp' },
      { code: 'BTTP', name: 'Phòng Bổ trợ tư pháp' },
      { code: 'TGPL', name: 'Trung tâm Trợ giúp pháp lý nhà nước' },
    ],
  },
  {
    code: '000.00.14.H04',
    name: 'Sở Công Thương tỉnh An Giang',
    shortName: 'Sở Công Thương',
    level: 'province',
    parentCode: P,
    address: 'Số 10 Lê Lợi, phường Long Xuyên, tỉnh An Giang',
    phone: '0296 3852 333',
    email: 'sct@angiang.gov.vn',
    units: [
      { code: 'VP', name: 'Văn phòng Sở' },
      { code: 'QLTM', name: 'Phòng Quản lý thương mại' },
      { code: 'KTAT', name: 'Phòng Kỹ thuật an toàn - Môi trường' },
    ],
  },
  {
    code: '000.00.16.H04',
    name: 'Sở Tài nguyên và Môi trường tỉnh An Giang',
    shortName: 'Sở TN&MT',
    level: 'province',
    parentCode: P,
    address: 'Số 5 Hải Thượng Lãn Ông, phường Long Xuyên, tỉnh An Giang',
    phone: '0296 3852 444',
    email: 'stnmt@angiang.gov.vn',
    units: [
      { code: 'VP', name: 'Văn phòng Sở' },
      { code: 'DD', name: 'Phòng Đất đai' },
      { code: 'MT', name: 'Phòng Môi trường' },
      { code: 'VPDKDD', name: 'Văn phòng Đăng ký đất đai' },
    ],
  },
  {
    code: '000.01.31.H04',
    name: 'Ủy ban nhân dân phường Long Xuyên',
    shortName: 'UBND phường Long Xuyên',
    level: 'commune',
    parentCode: P,
    address: 'Số 1 Nguyễn Huệ, phường Long Xuyên, tỉnh An Giang',
    phone: '0296 3841 111',
    email: 'longxuyen@angiang.gov.vn',
    units: [
      { code: 'MC', name: 'Bộ phận Một cửa' },
      { code: 'VP', name: 'Văn phòng HĐND và UBND' },
      { code: 'KT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
    ],
  },
  {
    code: '000.02.31.H04',
    name: 'Ủy ban nhân dân xã Mỹ Hòa Hưng',
    shortName: 'UBND xã Mỹ Hòa Hưng',
    level: 'commune',
    parentCode: P,
    address: 'Ấp Mỹ Hòa, xã Mỹ Hòa Hưng, tỉnh An Giang',
    phone: '0296 3830 222',
    email: 'myhoahung@angiang.gov.vn',
    units: [
      { code: 'MC', name: 'Bộ phận Một cửa' },
      { code: 'VP', name: 'Văn phòng HĐND và UBND' },
    ],
  },
];
