import { costWorkbook } from '../documents/compliance-cost-excel';
import { proposalDocx, reviewReportDocx, type ReviewDocument } from '../documents/review-docx';
import { agencyDirectory } from './agency-directory';
import type { ServiceContext } from './context';
import { loadReview, reviewView, type ReviewView } from './review-view';

/**
 * Exports of a review: the report and the simplification proposal as .docx in the official layout,
 * and the cost table as .xlsx. Anyone who may read the review may export it.
 */
async function documentOf(ctx: ServiceContext, v: ReviewView, agencyId: string): Promise<ReviewDocument> {
  const dir = await agencyDirectory(ctx.store);
  const agency = dir.byId.get(agencyId)!;
  const parent = agency.parentId ? dir.byId.get(agency.parentId) : undefined;
  const root = dir.byId.get(dir.ancestry(agencyId).at(-1)!)!;
  // The place in the header is the province: "Ủy ban nhân dân tỉnh An Giang" → "An Giang".
  const place = root.name.replace(/^(Ủy|Uỷ) ban nhân dân (tỉnh|thành phố) /iu, '');
  const short = (agency.shortName ?? agency.code).replace(/\s+/g, '');
  return {
    header: { parent: parent?.name ?? '', issuer: agency.name, number: `Số:        /BC-${short}`, place, at: v.approvedAt ?? new Date() },
    procedure: v.procedure,
    reviewingAgency: agency.name,
    status: v.statusName,
    measured: v.measured as ReviewDocument['measured'],
    content: v.content,
    result: v.result,
    signer: v.status === 'approved' ? { role: 'Người phê duyệt', name: v.approvedBy } : { role: 'Người lập', name: v.createdBy },
  };
}

export type Exported = { body: Buffer; name: string; type: string };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function exportReviewDocx(ctx: ServiceContext, id: string, part: 'report' | 'proposal'): Promise<Exported> {
  const { row, actor } = await loadReview(ctx, id);
  const d = await documentOf(ctx, reviewView(row, actor), row.agencyId);
  const body = part === 'report' ? await reviewReportDocx(d) : await proposalDocx(d);
  return { body, name: `${part === 'report' ? 'bao-cao-ra-soat' : 'phuong-an-don-gian-hoa'}-${row.procedureCode}.docx`, type: DOCX };
}

export async function exportReviewXlsx(ctx: ServiceContext, id: string): Promise<Exported> {
  const { row, actor } = await loadReview(ctx, id);
  const v = reviewView(row, actor);
  const body = await costWorkbook({
    title: 'BẢNG TÍNH CHI PHÍ TUÂN THỦ THỦ TỤC HÀNH CHÍNH',
    procedure: { code: v.procedure.code, name: v.procedure.name },
    agency: v.agency.name,
    generatedAt: new Date(),
    scenarios: v.content.costs,
    result: v.result,
  });
  return { body, name: `chi-phi-tuan-thu-${row.procedureCode}.xlsx`, type: XLSX };
}
