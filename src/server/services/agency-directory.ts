import { agencyPath } from '../../domain/agency';
import { agencyRevision, listAgencies, type AgencyRow } from '../storage/agencies';
import type { Store } from '../storage/database';

/**
 * The agency tree held in memory per instance (a province has at most a few hundred agencies):
 * hot paths (receipt, actions, queues) look agencies and their ancestry up without a query.
 * Re-checked against the table's revision at most every RECHECK_MS; cleared at once on a change
 * made through this instance.
 */
const RECHECK_MS = 5_000;
type Directory = { byId: Map<string, AgencyRow>; byCode: Map<string, AgencyRow>; revision: string; checkedAt: number; ancestry: (id: string) => string[]; children: Map<string, string[]> };
const cache = new WeakMap<Store, Directory>();

export async function agencyDirectory(store: Store): Promise<Directory> {
  const hit = cache.get(store);
  if (hit && Date.now() - hit.checkedAt < RECHECK_MS) return hit;
  const revision = await agencyRevision(store);
  if (hit && hit.revision === revision) {
    hit.checkedAt = Date.now();
    return hit;
  }
  const rows = await listAgencies(store);
  const byId = new Map(rows.map((a) => [a.id, a]));
  const children = new Map<string, string[]>();
  for (const a of rows) if (a.parentId) children.set(a.parentId, [...(children.get(a.parentId) ?? []), a.id]);
  const dir: Directory = {
    byId,
    byCode: new Map(rows.map((a) => [a.code, a])),
    revision,
    checkedAt: Date.now(),
    ancestry: (id) => agencyPath(id, (x) => byId.get(x)?.parentId),
    children,
  };
  cache.set(store, dir);
  return dir;
}

export const invalidateAgencies = (store: Store) => cache.delete(store);

/** An agency and every agency below it. */
export function descendantsOf(dir: Directory, rootId: string): string[] {
  const out = [rootId];
  for (let i = 0; i < out.length; i++) out.push(...(dir.children.get(out[i]!) ?? []));
  return out;
}
