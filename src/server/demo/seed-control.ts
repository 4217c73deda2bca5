import { addDays, localDateOf } from '../../domain/calendar';
import { compareScenarios, CostScenario, defaultScenario, DEFAULT_HOURLY_INCOME } from '../../domain/compliance-cost';
import { fixDueDate } from '../../domain/inspection';
import { IMPACT_CRITERION_KEYS, ReviewContent } from '../../domain/review';
import { workingCalendar } from '../services/calendar-provider';
import { measure } from '../services/cost-defaults';
import { findAgencyByCode, findUnit } from '../storage/agencies';
import { inTransaction, type Store, type Tx } from '../storage/database';
import { insertImpact, moveImpact } from '../storage/impact-assessments';
import { insertFinding, insertInspectionPlan, insertVisit, recordFollowUp } from '../storage/inspections';
import { versionInForce } from '../storage/procedures';
import { hasReviewPlans, insertPlanItem, insertReviewPlan, linkPlanItemReview } from '../storage/review-plans';
import { insertReview, moveReview } from '../storage/reviews';
import { findUserByUsername } from '../storage/users';
import { answers, DEMO_REVIEWS, type DemoReview } from './control-data';

/**
 * Demo control work for the current year (ADR 0025): a review plan with four registered procedures,
 * three reviews (approved, submitted, draft), an impact assessment, and an inspection of Sở Tư pháp
 * a month ago with an overdue fix and a reported one. Idempotent: skipped once a review plan exists.
 */
export async function seedDemoControl(store: Store, now = new Date()): Promise<number> {
  if (await hasReviewPlans(store)) return 0;
  const today = localDateOf(now);
  const year = Number(today.slice(0, 4));
  const measured = new Map<string, unknown>();
  for (const d of DEMO_REVIEWS) {
    const v = await versionInForce(store, d.procedureCode, today);
    if (v) measured.set(d.procedureCode, await measure({ store, actor: null }, v, { now }));
  }
  const cal = await workingCalendar(store);
  return inTransaction(store, async (tx) => {
    const id = async (code: string) => (await findAgencyByCode(tx, code))!.id;
    const user = async (name: string) => (await findUserByUsername(tx, name))?.id ?? null;
    const kstthc = await user('kiemsoat');
    const planId = await insertReviewPlan(tx, { agencyId: await id('000.00.01.H04'), year, number: `12/KH-UBND`, issuedOn: `${year}-01-20`, title: `Kế hoạch rà soát, đánh giá thủ tục hành chính năm ${year} trên địa bàn tỉnh An Giang`, note: '', createdBy: kstthc });
    let n = 0;
    for (const d of DEMO_REVIEWS) {
      const itemId = await insertPlanItem(tx, { planId, procedureCode: d.procedureCode, reviewingAgencyId: await id(d.agency), reviewingUnit: d.unit, deadline: `${year}-${d.deadline}`, note: '', registeredBy: kstthc });
      if (d.stage && itemId) n += await seedReview(tx, d, { agencyId: await id(d.agency), itemId, year, today, measured: measured.get(d.procedureCode), by: kstthc });
    }
    await seedImpact(tx, await id('000.00.14.H04'), year, kstthc);
    await seedInspection(tx, { year, today, cal, root: await id('000.00.00.H04'), sotp: await id('000.00.17.H04'), commune: await id('000.01.31.H04'), inspector: await user('thanhtra'), head: await user('giamdoc') });
    return n;
  });
}

async function seedReview(tx: Tx, d: DemoReview, o: { agencyId: string; itemId: string; year: number; today: string; measured: unknown; by: string | null }): Promise<number> {
  const v = await versionInForce(tx, d.procedureCode, o.today);
  if (!v || !o.measured) return 0;
  const content = ReviewContent.parse({ criteria: d.criteria, problems: d.problems, proposal: d.proposal, costs: d.costs });
  const cmp = compareScenarios(content.costs.current, content.costs.proposed);
  const reviewId = await insertReview(tx, { procedureCode: v.code, procedureVersionId: v.id, procedureName: v.record.name, agencyId: o.agencyId, year: o.year, content, measured: o.measured, currentAnnual: cmp.current.annual, proposedAnnual: cmp.proposed.annual, proposalCount: content.proposal.items.length, createdBy: o.by });
  await linkPlanItemReview(tx, o.itemId, reviewId);
  if (d.stage !== 'draft') await moveReview(tx, reviewId, 1, 'draft', 'submitted', o.by);
  if (d.stage === 'approved') await moveReview(tx, reviewId, 2, 'submitted', 'approved', o.by);
  return 1;
}

async function seedImpact(tx: Tx, agencyId: string, year: number, by: string | null) {
  const cost = CostScenario.parse({ ...defaultScenario({ hourlyIncome: DEFAULT_HOURLY_INCOME, fees: 0, waitingHours: 4, subjectsPerYear: 300 }), rows: [{ activity: 'prepare', hours: 8, outsourcing: 500_000 }, { activity: 'submit', hours: 0.5 }, { activity: 'wait', hours: 4 }, { activity: 'receive', hours: 0.5 }] });
  const content = { criteria: answers({ 'reasonableness.documents': { answer: 'partly', comment: 'Đề nghị bỏ yêu cầu bản sao Giấy chứng nhận đăng ký doanh nghiệp (tra cứu được trên Cổng thông tin quốc gia về đăng ký doanh nghiệp)', evidence: '' } }, IMPACT_CRITERION_KEYS), cost, notes: '' };
  const impactId = await insertImpact(tx, {
    agencyId,
    year,
    draftName: 'Dự thảo Nghị quyết của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh An Giang',
    draftNumber: null,
    procedureName: 'Hỗ trợ chi phí tư vấn cho doanh nghiệp nhỏ và vừa',
    content,
    annualCost: compareScenarios(cost, cost).current.annual,
    createdBy: by,
  });
  await moveImpact(tx, impactId, 1, 'draft', 'submitted', by, null);
}

type InspectionSeed = { year: number; today: string; cal: Awaited<ReturnType<typeof workingCalendar>>; root: string; sotp: string; commune: string; inspector: string | null; head: string | null };

async function seedInspection(tx: Tx, s: InspectionSeed) {
  const planId = await insertInspectionPlan(tx, { agencyId: s.root, year: s.year, number: `08/KH-TTr`, title: `Kế hoạch kiểm tra công tác kiểm soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông năm ${s.year}`, scope: 'Sở Tư pháp; UBND phường Long Xuyên', createdBy: s.inspector });
  let visitDate = addDays(s.today, -30);
  while (!s.cal.isWorkingDay(visitDate)) visitDate = addDays(visitDate, -1);
  const visitId = await insertVisit(tx, { planId, agencyId: s.sotp, visitDate, team: 'Đặng Thị Thu (Trưởng đoàn); Trần Thị Kiểm', conclusion: 'Cơ bản thực hiện đúng quy định; còn hồ sơ quá hạn chưa có văn bản xin lỗi và niêm yết chưa cập nhật.', createdBy: s.inspector });
  await insertVisit(tx, { planId, agencyId: s.commune, visitDate: addDays(s.today, 14), team: 'Đặng Thị Thu (Trưởng đoàn)', conclusion: '', createdBy: s.inspector });
  const unit = async (code: string) => (await findUnit(tx, s.sotp, code))?.id ?? null;
  await insertFinding(tx, { visitId, description: 'Hồ sơ trả kết quả quá hạn nhưng không có văn bản xin lỗi và hẹn lại ngày trả kết quả', severity: 'major', dossierCodes: [], procedureCodes: ['3.000334'], unitId: await unit('HCTP'), fixRequired: 'Gửi văn bản xin lỗi người nộp hồ sơ; rà soát quy trình nội bộ để bảo đảm thời hạn', dueWorkingDays: 10, dueDate: fixDueDate(s.cal, visitDate, 10), createdBy: s.inspector });
  const postingId = await insertFinding(tx, { visitId, description: 'Danh mục TTHC niêm yết tại Bộ phận Một cửa chưa cập nhật theo quyết định công bố mới', severity: 'minor', dossierCodes: [], procedureCodes: [], unitId: await unit('VP'), fixRequired: 'Cập nhật niêm yết công khai TTHC', dueWorkingDays: 5, dueDate: fixDueDate(s.cal, visitDate, 5), createdBy: s.inspector });
  await recordFollowUp(tx, { findingId: postingId, version: 1, from: 'open', to: 'fixed', note: 'Đã cập nhật niêm yết theo quyết định công bố mới', actorId: s.head, actorName: 'Huỳnh Văn Lực' });
}
