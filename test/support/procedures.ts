import type { ProcedureRecordInput } from '../../src/domain/procedure';

/** A realistic interchange record with overrides (factory for catalogue tests). */
export function buildProcedure(overrides: Partial<ProcedureRecordInput> = {}): ProcedureRecordInput {
  return {
    code: '2.000488',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    field: 'Lý lịch tư pháp',
    levels: ['province'],
    implementingAgency: 'Sở Tư pháp',
    decisionRef: '2599/QĐ-BTP',
    channels: [
      { channel: 'direct', processingTime: { amount: 10, unit: 'working_days', asWritten: '10 Ngày làm việc' }, fees: [{ label: 'Phí', amount: 200000, asWritten: 'Phí : 200.000 Đồng' }] },
      { channel: 'online', processingTime: { amount: 10, unit: 'working_days', asWritten: '10 Ngày làm việc' }, fees: [{ label: 'Phí', amount: 200000, asWritten: 'Phí : 200.000 Đồng' }] },
    ],
    documents: [
      { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', copies: '1 bản chính', required: true },
      { name: 'Bản chụp giấy tờ tùy thân', copies: '1 bản sao', required: true },
    ],
    onlineLevel: 'full',
    legalBases: ['Luật Lý lịch tư pháp số 28/2009/QH12'],
    subjects: 'Công dân Việt Nam, người nước ngoài',
    result: 'Phiếu lý lịch tư pháp',
    conditions: '',
    ...overrides,
  };
}

export const CATALOGUE_FIXTURE: ProcedureRecordInput[] = [
  buildProcedure(),
  buildProcedure({
    code: '1.001193',
    name: 'Thủ tục đăng ký khai sinh',
    field: 'Hộ tịch',
    levels: ['commune'],
    implementingAgency: 'Ủy ban nhân dân cấp xã',
    decisionRef: '1872/QĐ-BTP',
    channels: [{ channel: 'direct', processingTime: { amount: 0, unit: 'same_day', asWritten: 'Ngay trong ngày' }, fees: [{ label: 'Lệ phí', amount: 0, asWritten: 'Miễn lệ phí' }] }],
    onlineLevel: 'full',
  }),
  buildProcedure({
    code: '2.000815',
    name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp',
    field: 'Chứng thực',
    levels: ['commune', 'province'],
    implementingAgency: 'Ủy ban nhân dân cấp xã; Tổ chức hành nghề công chứng',
    decisionRef: '1329/QĐ-BTP',
    channels: [{ channel: 'direct', processingTime: { amount: 0, unit: 'same_day', asWritten: 'Trong ngày' }, fees: [{ label: 'Phí', amount: 2000, asWritten: '2.000 đồng/trang' }] }],
    onlineLevel: 'partial',
  }),
  buildProcedure({
    code: '2.000843',
    name: 'Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản',
    field: 'Chứng thực',
    levels: ['commune'],
    implementingAgency: 'Ủy ban nhân dân cấp xã',
    decisionRef: '1329/QĐ-BTP',
    channels: [{ channel: 'direct', processingTime: { amount: 0, unit: 'same_day', asWritten: 'Trong ngày' }, fees: [{ label: 'Phí', amount: 10000, asWritten: '10.000 đồng/trường hợp' }] }],
    onlineLevel: 'none',
  }),
];

/**
 * Cấp thẻ căn cước (1.014061) as the national portal publishes it (crawled data, parsed; legal bases
 * cut): received at any commune police office regardless of residence, form templates per document.
 * The crawl has no template links; the DC02 address is made up to carry one through.
 */
export const CAN_CUOC: ProcedureRecordInput = buildProcedure({
  code: '1.014061',
  name: 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên',
  field: 'Cấp, quản lý căn cước',
  levels: ['commune'],
  implementingAgency: 'Công an cấp Xã',
  decisionRef: '5710/QĐ-BCA-C06',
  channels: [
    { channel: 'direct', processingTime: { amount: 7, unit: 'working_days', asWritten: '7 Ngày làm việc' }, fees: [{ label: 'Phí, lệ phí', amount: null, asWritten: 'Không có thông tin' }] },
    { channel: 'online', processingTime: { amount: 7, unit: 'working_days', asWritten: '7 Ngày làm việc' }, fees: [{ label: 'Phí, lệ phí', amount: null, asWritten: 'Không có thông tin' }] },
  ],
  documents: [
    {
      name: 'Phiếu thu thập thông tin dân cư (mẫu DC01 ban hành kèm theo Thông tư số 53/2025/TT-BCA ngày 01/7/2025 của Bộ Công an)',
      copies: '1 bản chính',
      required: true,
      forms: [{ name: 'Mẫu DC01 Phiếu thu thập thông tin dân cư.docx', url: null }],
      reuse: null,
    },
    {
      name: 'Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)',
      copies: '1 bản chính',
      required: true,
      forms: [{ name: 'Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc', url: 'https://dichvucong.gov.vn/mau/DC02.doc' }],
      reuse: null,
    },
    {
      name: 'Phiếu CC01 được tạo lập khi trích xuất thông tin của công dân trong Cơ sở dữ liệu quốc gia về dân cư',
      copies: '1 bản chính',
      required: true,
      forms: [],
      reuse: 'cccd',
    },
  ],
  onlineLevel: null,
  locationIndependent: true,
  legalBases: ['Luật Căn cước (26/2023/QH15)', 'Thông tư 17/2024/TT-BCA'],
  subjects: 'Công dân Việt Nam',
  result: 'Thẻ căn cước',
});
