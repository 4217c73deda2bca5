import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrateDown, migrateUp } from '../../src/server/db/migrate';
import { freshDatabase, type TestDatabase } from '../support/db';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(() => db.drop());

  const tables = async () =>
    (await db.pool.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1`)).rows.map((r) => r.tablename);

  it('every migration has a timestamped verb-first name and both directions', async () => {
    const all = await loadMigrations();
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) {
      expect(m.name).toMatch(/^(create|add|drop|alter|rename|backfill|change|index)_[a-z0-9_]+$/);
      expect(m.up.trim().length).toBeGreaterThan(0);
      expect(m.down.trim().length).toBeGreaterThan(0);
    }
  });

  it('reverts every migration to an empty schema and re-applies them', async () => {
    const all = await loadMigrations();
    const before = await tables();
    expect(before.length).toBeGreaterThan(0);
    const reverted = await migrateDown(db.pool, all.length);
    expect(reverted).toHaveLength(all.length);
    expect(await tables()).toEqual([]);
    const applied = await migrateUp(db.pool);
    expect(applied).toHaveLength(all.length);
    expect(await tables()).toEqual(before);
    expect(await migrateUp(db.pool)).toEqual([]);
  });

  it('runs safely when two instances migrate at once', async () => {
    const all = await loadMigrations();
    await migrateDown(db.pool, all.length);
    const [a, b] = await Promise.all([migrateUp(db.pool), migrateUp(db.pool)]);
    expect(a.length + b.length).toBe(all.length);
  });
});
