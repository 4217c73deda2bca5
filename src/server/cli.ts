import { parseArgs } from 'node:util';
import { isRole } from '../domain/access';
import { loadConfig } from './config';
import { openDatabase } from './db/connection';
import { startEmbedded, stopRunningCluster } from './db/embedded';
import { migrateDown, migrateUp } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import { AppError } from './errors';
import { demoBanner, startServer } from './main';
import { createApiToken } from './services/create-api-token';
import { importCatalogue } from './services/import-catalogue';
import { readCatalogueWorkbook } from './documents/catalogue-excel';
import fs from 'node:fs/promises';
import { cliActor, createUser } from './services/save-user';
import { createStore, type Store } from './storage/database';
import { findAgencyByCode } from './storage/agencies';
import { installSigningKey } from './services/signing-keys';
import { runDossierImport } from './cli-dossier-import';

const HELP = `motcua — Hệ thống thông tin một cửa điện tử

Cách dùng: npx motcua <lệnh> [tùy chọn]

  serve                         chạy máy chủ (như npm start)
  migrate [--down N]            áp dụng (hoặc hoàn tác N) migration
  seed-demo                     nạp dữ liệu demo (từ chối với cơ sở dữ liệu thật)
  user create --username U --password P --role R [--agency CODE] [--unit CODE] [--name "Họ tên"]
  token create --username U [--name N]   in mã truy cập một lần (từ cuối của dòng ra)
  catalogue import FILE [--publish-as SỐ_QĐ]   nhập danh mục TTHC từ tệp .json hoặc .xlsx
  dossiers import FILE [--batch N]   nhập hồ sơ đã giải quyết trên hệ thống cũ từ tệp .json (mảng) hoặc .jsonl
  signing-key import --agency CODE --p12 FILE --password-env BIẾN   cài chứng thư số (PKCS#12) của cơ quan
  db start | db stop            chạy / dừng PostgreSQL nhúng trong DATA_DIR

Biến môi trường: PORT, DATA_DIR, DATABASE_URL, DEMO, LOG_LEVEL (xem README.md).`;

async function withStore<T>(fn: (store: Store) => Promise<T>, poolSize = 2): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize });
  try {
    await migrateUp(db.pool);
    return await fn(createStore(db.pool));
  } finally {
    await db.close();
  }
}

const onSignals = (fn: () => Promise<void>) => {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      fn().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
};

async function main(argv: string[]): Promise<number> {
  const [cmd, sub, ...rest] = argv;
  const opts = (args: string[]) =>
    parseArgs({
      args,
      options: {
        username: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        agency: { type: 'string' },
        unit: { type: 'string' },
        name: { type: 'string' },
        down: { type: 'string' },
        'publish-as': { type: 'string' },
        p12: { type: 'string' },
        'password-env': { type: 'string' },
      },
      allowPositionals: true,
    }).values;

  switch (cmd) {
    case 'serve': {
      const running = await startServer(loadConfig());
      console.log(running.demo ? demoBanner(running.url) : `motcua đang chạy tại ${running.url}`);
      onSignals(running.close);
      return -1;
    }
    case 'migrate': {
      const o = opts([sub, ...rest].filter((x): x is string => !!x));
      const config = loadConfig();
      const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
      try {
        const done = o.down ? await migrateDown(db.pool, Number(o.down)) : await migrateUp(db.pool);
        console.log(done.length ? done.join('\n') : 'Không có migration nào cần áp dụng.');
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'seed-demo': {
      const r = await withStore(seedDemo);
      console.log(`Đã nạp dữ liệu demo: ${r.agencies} cơ quan, ${r.users} tài khoản, ${r.procedures} thủ tục, ${r.dossiers} hồ sơ mới.`);
      return 0;
    }
    case 'user': {
      if (sub !== 'create') break;
      const o = opts(rest);
      if (!o.username || !o.password || !o.role) throw new AppError('VALIDATION', 'Cần --username, --password và --role.');
      if (!isRole(o.role)) throw new AppError('VALIDATION', `Vai trò "${o.role}" không tồn tại.`);
      const user = await withStore((store) =>
        createUser(
          { store, actor: cliActor() },
          {
            username: o.username!,
            password: o.password!,
            fullName: o.name ?? o.username!,
            grants: [{ role: o.role!, agencyCode: o.agency ?? null, unitCode: o.unit ?? null }],
          },
        ),
      );
      console.log(`Đã tạo tài khoản ${user.username} (${o.role}${o.agency ? ` @ ${o.agency}` : ''}).`);
      return 0;
    }
    case 'token': {
      if (sub !== 'create') break;
      const o = opts(rest);
      if (!o.username) throw new AppError('VALIDATION', 'Cần --username.');
      const t = await withStore((store) =>
        createApiToken({ store, actor: cliActor() }, { username: o.username!, name: o.name ?? 'cli' }),
      );
      console.log(`Mã truy cập cho ${o.username} (chỉ hiện một lần): ${t.token}`);
      return 0;
    }
    case 'catalogue': {
      if (sub !== 'import') break;
      const o = parseArgs({ args: rest, options: { 'publish-as': { type: 'string' } }, allowPositionals: true });
      const file = o.positionals[0];
      if (!file) throw new AppError('VALIDATION', 'Cần đường dẫn tệp .json hoặc .xlsx.');
      const data = await fs.readFile(file);
      let records: unknown[];
      if (file.endsWith('.xlsx')) records = await readCatalogueWorkbook(data);
      else {
        const parsed = JSON.parse(data.toString('utf8')) as unknown;
        records = Array.isArray(parsed) ? parsed : ((parsed as { procedures?: unknown[] }).procedures ?? []);
      }
      const r = await withStore((store) => importCatalogue({ store, actor: cliActor() }, records, { publishAs: o.values['publish-as'] }));
      console.log(`Đã nhập: ${r.created} mới, ${r.updated} cập nhật, ${r.unchanged} không đổi, ${r.errors.length} lỗi${r.published ? `; công bố theo ${r.published}` : ''}.`);
      for (const e of r.errors) console.log(`  #${e.index} ${e.code ?? '?'}: ${e.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
      return r.errors.length > 0 ? 3 : 0;
    }
    case 'dossiers': {
      if (sub !== 'import') break;
      const o = parseArgs({ args: rest, options: { batch: { type: 'string' } }, allowPositionals: true });
      const file = o.positionals[0];
      if (!file) throw new AppError('VALIDATION', 'Cần đường dẫn tệp .json hoặc .jsonl (xem docs/dossier-import-format.md).');
      await fs.access(file).catch(() => {
        throw new AppError('NOT_FOUND', `Không đọc được tệp ${file}.`);
      });
      const batch = o.values.batch ? Number(o.values.batch) : undefined;
      if (batch !== undefined && !(Number.isInteger(batch) && batch >= 1 && batch <= 10_000)) throw new AppError('VALIDATION', '--batch phải là số nguyên từ 1 đến 10000.');
      // Two batches written at once and one connection for catalogue look-ups.
      return withStore((store) => runDossierImport(store, file, { batch }), 4);
    }
    case 'signing-key': {
      if (sub !== 'import') break;
      const o = opts(rest);
      if (!o.agency || !o.p12 || !o['password-env']) throw new AppError('VALIDATION', 'Cần --agency, --p12 và --password-env (tên biến môi trường chứa mật khẩu).');
      const p12 = await fs.readFile(o.p12);
      const r = await withStore(async (store) => {
        const agency = await findAgencyByCode(store, o.agency!);
        if (!agency) throw new AppError('NOT_FOUND', `Không tìm thấy cơ quan ${o.agency}.`);
        return installSigningKey(store, agency.id, p12, o['password-env']!);
      });
      console.log(`Đã cài chứng thư số "${r.subject}" cho ${o.agency} (hết hạn ${r.notAfter.toISOString().slice(0, 10)}).`);
      return 0;
    }
    case 'db': {
      const config = loadConfig();
      if (sub === 'start') {
        const cluster = await startEmbedded(config.dataDir);
        console.log(`PostgreSQL nhúng đang chạy: ${cluster.url('motcua').replace(/:[^:@/]+@/, ':***@')}`);
        onSignals(cluster.stop);
        return -1;
      }
      if (sub === 'stop') {
        console.log((await stopRunningCluster(config.dataDir)) ? 'Đã dừng PostgreSQL nhúng.' : 'PostgreSQL nhúng không chạy.');
        return 0;
      }
      break;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
  }
  console.error(`Lệnh không hợp lệ: ${argv.join(' ')}\n\n${HELP}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(err instanceof AppError ? `Lỗi: ${err.message}` : err);
    process.exit(1);
  },
);
