import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import type pg from 'pg';
import type { DB } from './schema';

/**
 * The query builder lives here and only here (checked by lint). Services get a `Store`
 * and run their work in `store.transaction(fn)`; repositories take the `Tx` explicitly.
 */
export type Store = Kysely<DB>;
export type Tx = Kysely<DB> | Transaction<DB>;

const pools = new WeakMap<Store, pg.Pool>();

export function createStore(pool: pg.Pool): Store {
  const store = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  pools.set(store, pool);
  return store;
}

/** The pool behind a store, for the few storage functions that speak the wire protocol themselves (COPY). */
export function poolOf(store: Store): pg.Pool {
  const pool = pools.get(store);
  if (!pool) throw new Error('store without a pool');
  return pool;
}

export async function inTransaction<T>(store: Store, fn: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  return store.transaction().execute(fn);
}

export async function serverVersion(store: Store): Promise<string> {
  const r = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(store);
  return r.rows[0]?.v ?? 'unknown';
}
