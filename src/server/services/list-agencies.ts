import type { AgencyLevel } from '../../domain/agency';
import { listAgencies, listUnits } from '../storage/agencies';
import type { ServiceContext } from './context';

export type AgencyNode = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  level: AgencyLevel;
  parentCode: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
  version: number;
  units: { id: string; code: string; name: string; active: boolean; version: number }[];
  children: AgencyNode[];
};

/** The public agency tree (roots first, children sorted by code), with each agency's units. */
export async function agencyTree(ctx: ServiceContext): Promise<AgencyNode[]> {
  const [agencies, units] = await Promise.all([listAgencies(ctx.store), listUnits(ctx.store)]);
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const nodes = new Map<string, AgencyNode>(
    agencies.map((a) => [
      a.id,
      {
        id: a.id,
        code: a.code,
        name: a.name,
        shortName: a.shortName,
        level: a.level,
        parentCode: a.parentId ? (byId.get(a.parentId)?.code ?? null) : null,
        address: a.address,
        phone: a.phone,
        email: a.email,
        active: a.active,
        version: a.version,
        units: [],
        children: [],
      },
    ]),
  );
  for (const u of units) {
    nodes.get(u.agencyId)?.units.push({ id: u.id, code: u.code, name: u.name, active: u.active, version: u.version });
  }
  const roots: AgencyNode[] = [];
  for (const a of agencies) {
    const node = nodes.get(a.id)!;
    const parent = a.parentId ? nodes.get(a.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
