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
