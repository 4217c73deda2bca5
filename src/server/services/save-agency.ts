import type { AgencyLevel } from '../../domain/agency';
import { conflict, invalid, notFound } from '../errors';
import {
  agencyAncestry,
  findAgencyByCode,
  findUnit,
  insertAgency,
  insertUnit,
  updateAgency,
  updateUnit,
  type AgencyRow,
} from '../storage/agencies';
import { appendAudit } from '../storage/audit';
import { inTransaction } from '../storage/database';
import { invalidateAgencies } from './agency-directory';
import { authorize } from './authorize';
import { auditActorId, type ServiceContext } from './context';

export type AgencyInput = {
  code: string;
  name: string;
  shortName?: string | null;
  level: AgencyLevel;
  parentCode?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
};

async function resolveParent(ctx: ServiceContext, parentCode: string | null | undefined): Promise<AgencyRow | null> {
  if (!parentCode) return null;
  const parent = await findAgencyByCode(ctx.store, parentCode);
  if (!parent) throw invalid(`Cơ quan cấp trên "${parentCode}" không tồn tại.`, { errors: [{ name: 'parentCode', reason: 'không tồn tại' }] });
  return parent;
}

export async function createAgency(ctx: ServiceContext, input: AgencyInput): Promise<AgencyRow> {
  const parent = await resolveParent(ctx, input.parentCode);
  const actor = authorize(ctx, 'agency.create', parent ? { agencyPath: await agencyAncestry(ctx.store, parent.id) } : undefined);
  if (await findAgencyByCode(ctx.store, input.code)) throw conflict(`Mã định danh "${input.code}" đã được sử dụng.`);
  invalidateAgencies(ctx.store);
  return inTransaction(ctx.store, async (tx) => {
    const row = await insertAgency(tx, {
      code: input.code,
      name: input.name,
      shortName: input.shortName ?? null,
      level: input.level,
      parentId: parent?.id ?? null,
      address: input.address ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
    });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'agency.create', entity: 'agency', entityId: row.id, detail: { ...input }, requestId: ctx.requestId ?? null });
    return row;
  });
}

export async function updateAgencyByCode(
  ctx: ServiceContext,
  code: string,
  input: Omit<Partial<AgencyInput>, 'code'> & { version: number; active?: boolean },
): Promise<AgencyRow> {
  const current = await findAgencyByCode(ctx.store, code);
  if (!current) throw notFound(`cơ quan "${code}"`);
  const actor = authorize(ctx, 'agency.update', { agencyPath: await agencyAncestry(ctx.store, current.id) });
  const parent = input.parentCode === undefined ? undefined : await resolveParent(ctx, input.parentCode);
  if (parent) {
    const chain = await agencyAncestry(ctx.store, parent.id);
    if (chain.includes(current.id)) throw invalid('Không thể đặt cơ quan cấp trên là chính nó hoặc cơ quan trực thuộc của nó.');
  }
  invalidateAgencies(ctx.store);
  return inTransaction(ctx.store, async (tx) => {
    const row = await updateAgency(tx, current.id, input.version, {
      name: input.name,
      shortName: input.shortName,
      level: input.level,
      parentId: parent === undefined ? undefined : (parent?.id ?? null),
      address: input.address,
      phone: input.phone,
      email: input.email,
      active: input.active,
    });
    if (!row) throw conflict('Cơ quan đã được người khác sửa; vui lòng tải lại.', { currentVersion: current.version });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'agency.update', entity: 'agency', entityId: row.id, detail: { ...input }, requestId: ctx.requestId ?? null });
    return row;
  });
}

export async function createUnit(ctx: ServiceContext, agencyCode: string, input: { code: string; name: string }) {
  const agency = await findAgencyByCode(ctx.store, agencyCode);
  if (!agency) throw notFound(`cơ quan "${agencyCode}"`);
  const actor = authorize(ctx, 'unit.manage', { agencyPath: await agencyAncestry(ctx.store, agency.id) });
  if (await findUnit(ctx.store, agency.id, input.code)) throw conflict(`Mã đơn vị "${input.code}" đã tồn tại trong cơ quan này.`);
  return inTransaction(ctx.store, async (tx) => {
    const unit = await insertUnit(tx, { agencyId: agency.id, code: input.code, name: input.name });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'unit.create', entity: 'unit', entityId: unit.id, detail: { agencyCode, ...input }, requestId: ctx.requestId ?? null });
    return unit;
  });
}

export async function updateUnitByCode(
  ctx: ServiceContext,
  agencyCode: string,
  unitCode: string,
  input: { name?: string; active?: boolean; version: number },
) {
  const agency = await findAgencyByCode(ctx.store, agencyCode);
  if (!agency) throw notFound(`cơ quan "${agencyCode}"`);
  const actor = authorize(ctx, 'unit.manage', { agencyPath: await agencyAncestry(ctx.store, agency.id) });
  const unit = await findUnit(ctx.store, agency.id, unitCode);
  if (!unit) throw notFound(`đơn vị "${unitCode}"`);
  return inTransaction(ctx.store, async (tx) => {
    const row = await updateUnit(tx, unit.id, input.version, input);
    if (!row) throw conflict('Đơn vị đã được người khác sửa; vui lòng tải lại.', { currentVersion: unit.version });
    await appendAudit(tx, { actorId: auditActorId(actor), action: 'unit.update', entity: 'unit', entityId: row.id, detail: { ...input }, requestId: ctx.requestId ?? null });
    return row;
  });
}
