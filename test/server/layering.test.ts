import fs from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

// Proves the lint rules that guard the architecture actually fire (npm test runs the same lint).
const probes: string[] = [];
async function lintProbe(dir: string, code: string) {
  const file = path.join(dir, `__layering_probe_${process.pid}_${probes.length}.ts`);
  probes.push(file);
  await fs.writeFile(file, code);
  const [result] = await new ESLint().lintFiles([file]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules', () => {
  afterEach(async () => {
    await Promise.all(probes.splice(0).map((f) => fs.rm(f, { force: true })));
  });

  it('src/domain may not import the database, the server or Node I/O', async () => {
    const msgs = await lintProbe('src/domain', `import pg from 'pg';\nimport { buildApp } from '../server/api/app';\nimport fs from 'node:fs';\nexport const x = [pg, buildApp, fs];\n`);
    expect(msgs).toHaveLength(3);
  });

  it('only src/server/storage may import kysely', async () => {
    expect(await lintProbe('src/server/services', `import { sql } from 'kysely';\nexport const x = sql;\n`)).toHaveLength(1);
    expect(await lintProbe('src/server/storage', `import { sql } from 'kysely';\nexport const x = sql;\n`)).toHaveLength(0);
  });

  it('the web app may not import server code', async () => {
    expect(await lintProbe('src/web', `import { loadConfig } from '../server/config';\nexport const x = loadConfig;\n`)).toHaveLength(1);
  });
});
