import { FeeSchedule, type FeeScheduleInput } from '../../domain/payments';
import { inTransaction, type Store } from '../storage/database';
import { findFeeSchedule, saveFeeSchedule } from '../storage/fee-schedules';

/**
 * A configured schedule for the demo: "Đăng ký việc nuôi con nuôi trong nước" (2.001263), 400.000
 * đồng per case, with the exemptions its published catalogue text lists (each with the evidence the
 * desk asks for) and an online discount. The discount's decision is illustrative (demo data): no
 * real decision is cited.
 */
const ADOPTION: FeeScheduleInput = {
  items: [
    {
      key: 'le-phi-dang-ky',
      kind: 'le_phi',
      label: 'Lệ phí đăng ký nuôi con nuôi trong nước',
      basis: 'per_dossier',
      amount: 400_000,
      unitName: 'trường hợp',
      asWritten: 'Mức thu lệ phí: 400.000đ/trường hợp (nội dung công bố của thủ tục 2.001263)',
    },
  ],
  exemptions: [
    {
      code: 'ho-hang-nhan-nuoi',
      label: 'Cha dượng, mẹ kế nhận con riêng của vợ hoặc chồng; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi',
      legalBasis: 'Nội dung công bố của thủ tục 2.001263 (Nghị định 24/2019/NĐ-CP)',
      evidence: 'Giấy tờ chứng minh quan hệ: giấy khai sinh, giấy chứng nhận kết hôn',
      items: 'all',
      percent: 100,
    },
    {
      code: 'tre-khuyet-tat-benh',
      label: 'Nhận trẻ khuyết tật, nhiễm HIV/AIDS hoặc mắc bệnh hiểm nghèo làm con nuôi',
      legalBasis: 'Nội dung công bố của thủ tục 2.001263 (Nghị định 24/2019/NĐ-CP)',
      evidence: 'Giấy xác nhận của cơ sở y tế về tình trạng sức khỏe của trẻ',
      items: 'all',
      percent: 100,
    },
    {
      code: 'nguoi-co-cong',
      label: 'Người có công với cách mạng nhận con nuôi',
      legalBasis: 'Nội dung công bố của thủ tục 2.001263 (Nghị định 24/2019/NĐ-CP)',
      evidence: 'Giấy chứng nhận người có công với cách mạng',
      items: 'all',
      percent: 100,
    },
  ],
  onlineDiscounts: [{ decision: 'Quyết định minh họa về giảm lệ phí khi nộp hồ sơ trực tuyến (dữ liệu demo)', effectiveFrom: '2025-01-01', effectiveTo: null, items: 'all', kind: 'percent', value: 50 }],
  dueWorkingDays: 5,
};

/** Idempotent: a schedule already configured (by the demo or by hand) is left as it is. */
export async function seedDemoFeeSchedules(store: Store): Promise<number> {
  return inTransaction(store, async (tx) => {
    if (await findFeeSchedule(tx, '2.001263')) return 0;
    return (await saveFeeSchedule(tx, '2.001263', FeeSchedule.parse(ADOPTION), 0, null)) ? 1 : 0;
  });
}
