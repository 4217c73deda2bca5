import type { FileChild } from 'docx';
import { COST_ACTIVITY_VI, type CostComparison, type ScenarioCost } from '../../domain/compliance-cost';
import { ANSWER_VI, CRITERION_GROUP_VI, criterionGroup, criterionText, type ReviewContent } from '../../domain/review';
import { dateText, field, grid, heading, moneyText, nationalHeader, officialDocx, para, percentText, signature, title, type Header } from './docx-official';

/** A Vietnamese decimal (comma), or a dash when unknown. */
const decimal = (x: number | null | undefined) => (x === null || x === undefined ? '—' : String(x).replace('.', ','));

/**
 * The review report (báo cáo kết quả rà soát, đánh giá TTHC) and the simplification proposal
 * (phương án đơn giản hóa TTHC; NĐ 63/2010 art. 31: content, reason, recommendation, provisions to
 * amend, roadmap, and the cost saving) as .docx in the official layout (docx-official.ts).
 */
export type ReviewDocument = {
  header: Header;
  procedure: { code: string; name: string; versionNo: number };
  reviewingAgency: string;
  status: string;
  measured: { timeLimit?: string | null; fees?: number; dossiersPerYear?: number; medianWorkingDays?: number | null; supplementShare?: number | null; since?: string; until?: string };
  content: ReviewContent;
  result: CostComparison;
  signer: { role: string; name: string | null };
};

const costRows = (c: ScenarioCost) => [
  ['Chi phí thời gian (giờ × thu nhập bình quân/giờ)', moneyText(c.timeCost)],
  ['Chi phí thuê dịch vụ, tư vấn', moneyText(c.outsourcing)],
  ['Phí, lệ phí', moneyText(c.fees)],
  ['Chi phí khác', moneyText(c.otherCosts)],
];

function costSection(r: CostComparison, c: ReviewContent['costs']): FileChild[] {
  const rows = [
    ...costRows(r.current).map(([label, cur], i) => [label!, cur!, costRows(r.proposed)[i]![1]!, '']),
    ['Chi phí một lần thực hiện (đồng)', moneyText(r.current.perExecution), moneyText(r.proposed.perExecution), moneyText(r.saving.perExecution)],
    ['Số đối tượng tuân thủ/năm', moneyText(c.current.subjectsPerYear), moneyText(c.proposed.subjectsPerYear), ''],
    ['Số lần thực hiện/năm', decimal(c.current.frequencyPerYear), decimal(c.proposed.frequencyPerYear), ''],
    ['Chi phí tuân thủ một năm (đồng)', moneyText(r.current.annual), moneyText(r.proposed.annual), moneyText(r.saving.annual)],
  ];
  return [
    grid(['Nội dung', 'Hiện tại', 'Sau đơn giản hóa', 'Tiết kiệm'], rows, [43, 19, 19, 19]),
    para(`Tỷ lệ cắt giảm chi phí tuân thủ: ${percentText(r.rate.annual)} (một lần thực hiện: ${percentText(r.rate.perExecution)}).`, { bold: true, indent: true }),
    para(`Thu nhập bình quân một giờ: ${moneyText(c.current.hourlyIncome)} đồng (hiện tại), ${moneyText(c.proposed.hourlyIncome)} đồng (sau đơn giản hóa); chi tiết từng hoạt động trong bảng tính kèm theo (.xlsx).`, { italics: true, indent: true }),
  ];
}

function proposalItems(content: ReviewContent): FileChild[] {
  if (content.proposal.items.length === 0) return [para('Không đề xuất phương án đơn giản hóa.', { indent: true })];
  return content.proposal.items.flatMap((item, i) => [
    para(`${i + 1}. ${item.content}`, { bold: true }),
    field('Lý do', item.reason),
    field('Kiến nghị thực thi', item.recommendation),
    field('Điều, khoản văn bản cần sửa đổi, bổ sung', item.legalProvisions || '—'),
    field('Lộ trình thực hiện', item.roadmap || '—'),
  ]);
}

function procedureInfo(d: ReviewDocument): FileChild[] {
  const m = d.measured;
  return [
    field('Tên thủ tục', d.procedure.name),
    field('Mã thủ tục', `${d.procedure.code} (phiên bản ${d.procedure.versionNo})`),
    field('Cơ quan rà soát', d.reviewingAgency),
    field('Thời hạn giải quyết theo quy định', m.timeLimit ?? '—'),
    field('Phí, lệ phí theo danh mục', m.fees !== undefined ? `${moneyText(m.fees)} đồng` : '—'),
    field(
      'Số liệu thực tế từ hệ thống một cửa',
      `${m.dossiersPerYear ?? 0} hồ sơ tiếp nhận từ ${dateText(m.since ?? null)} đến ${dateText(m.until ?? null)}; thời gian giải quyết thực tế (trung vị) ${decimal(m.medianWorkingDays)} ngày làm việc; ${decimal(m.supplementShare)}% hồ sơ phải bổ sung.`,
    ),
  ];
}

export async function reviewReportDocx(d: ReviewDocument): Promise<Buffer> {
  const criteria = d.content.criteria.map((a, i) => [String(i + 1), `${CRITERION_GROUP_VI[criterionGroup(a.key)]}: ${criterionText(a.key)}`, a.answer ? ANSWER_VI[a.answer] : 'Chưa đánh giá', a.comment || '—', a.evidence || '—']);
  const children: FileChild[] = [
    ...nationalHeader(d.header),
    ...title('BÁO CÁO', ['Kết quả rà soát, đánh giá thủ tục hành chính', d.procedure.name]),
    para(`Thực hiện rà soát, đánh giá thủ tục hành chính theo Điều 28 Nghị định số 63/2010/NĐ-CP (được sửa đổi, bổ sung) và Thông tư số 02/2017/TT-VPCP, ${d.reviewingAgency} báo cáo kết quả như sau (tình trạng: ${d.status}):`, { indent: true }),
    heading('I. THÔNG TIN THỦ TỤC HÀNH CHÍNH'),
    ...procedureInfo(d),
    heading('II. KẾT QUẢ RÀ SOÁT, ĐÁNH GIÁ THEO TIÊU CHÍ'),
    grid(['STT', 'Tiêu chí', 'Đánh giá', 'Nhận xét', 'Căn cứ, bằng chứng'], criteria, [6, 38, 12, 22, 22]),
    heading('III. VƯỚNG MẮC, BẤT CẬP'),
    ...(d.content.problems.length ? d.content.problems.map((p, i) => para(`${i + 1}. ${p.description}${p.criterion ? ` (${criterionText(p.criterion)})` : ''}`, { indent: true })) : [para('Không phát hiện vướng mắc, bất cập.', { indent: true })]),
    heading('IV. PHƯƠNG ÁN ĐƠN GIẢN HÓA'),
    ...(d.content.proposal.summary ? [para(d.content.proposal.summary, { indent: true })] : []),
    ...proposalItems(d.content),
    heading('V. CHI PHÍ TUÂN THỦ'),
    ...costSection(d.result, d.content.costs),
    signature(d.signer.role, d.signer.name),
  ];
  return officialDocx({ title: `Báo cáo rà soát TTHC ${d.procedure.code}`, creator: 'motcua' }, children);
}

export async function proposalDocx(d: ReviewDocument): Promise<Buffer> {
  const children: FileChild[] = [
    ...nationalHeader(d.header),
    ...title('PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH', [d.procedure.name, `(Mã thủ tục ${d.procedure.code})`]),
    heading('1. Nội dung đơn giản hóa'),
    ...(d.content.proposal.summary ? [para(d.content.proposal.summary, { indent: true })] : []),
    ...proposalItems(d.content),
    heading('2. Chi phí tuân thủ thủ tục hành chính'),
    ...costSection(d.result, d.content.costs),
    para(
      `Chi phí tuân thủ trước đơn giản hóa: ${moneyText(d.result.current.annual)} đồng/năm; sau đơn giản hóa: ${moneyText(d.result.proposed.annual)} đồng/năm; chi phí tiết kiệm: ${moneyText(d.result.saving.annual)} đồng/năm; tỷ lệ cắt giảm chi phí: ${percentText(d.result.rate.annual)}.`,
      { indent: true },
    ),
    heading('3. Các hoạt động được cắt giảm'),
    grid(
      ['Hoạt động', 'Giờ hiện tại', 'Giờ sau đơn giản hóa'],
      Object.entries(COST_ACTIVITY_VI).map(([key, name]) => {
        const hours = (s: ScenarioCost) => s.rows.filter((r) => r.activity === key).reduce((a, r) => a + Math.round(r.hours * 100), 0) / 100;
        return [name, decimal(hours(d.result.current)), decimal(hours(d.result.proposed))];
      }),
      [50, 25, 25],
    ),
    signature(d.signer.role, d.signer.name),
  ];
  return officialDocx({ title: `Phương án đơn giản hóa TTHC ${d.procedure.code}`, creator: 'motcua' }, children);
}
