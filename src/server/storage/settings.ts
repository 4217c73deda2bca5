import type { Tx } from './database';

export async function getSetting<T>(tx: Tx, key: string): Promise<T | undefined> {
  const row = await tx.selectFrom('instance_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function setSetting(tx: Tx, key: string, value: unknown): Promise<void> {
  await tx
    .insertInto('instance_settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: new Date() }))
    .execute();
}
