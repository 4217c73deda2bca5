import { createHash } from 'node:crypto';
import { createDemoCa, issueSigningCertificate, loadP12, loadSigningKey, SigningError, type DemoCa, type SigningKey } from '../documents/signing/certificates';

const sha256Hex = (b: Buffer) => createHash('sha256').update(b).digest('hex');
import { AppError } from '../errors';
import { findAgencyById } from '../storage/agencies';
import type { Store } from '../storage/database';
import { getSetting } from '../storage/settings';
import { findSigningKey, saveSigningKey } from '../storage/signing-keys';

/**
 * Password of the demo signing keys. A clearly marked test fixture: demo keys are issued by a demo CA
 * generated on this machine, are flagged `demo` in the database and in verification, and exist only
 * in a database in demo mode. Real keys take their password from the environment variable named in
 * `signing_keys.password_env`.
 */
export const DEMO_SIGNING_PASSWORD = 'motcua-demo-khong-dung-that';
export const DEMO_CA_NAME = 'Tổ chức chứng thực số thử nghiệm motcua (demo)';

type Loaded = { key: SigningKey; demo: boolean; certificateSha256: string };
const cache = new Map<string, Loaded>();
let demoCa: DemoCa | undefined;

function passwordOf(row: { passwordEnv: string | null; demo: boolean }, env: NodeJS.ProcessEnv): string {
  if (row.demo) return DEMO_SIGNING_PASSWORD;
  const value = row.passwordEnv ? env[row.passwordEnv] : undefined;
  if (!value) throw new AppError('UNPROCESSABLE', `Chưa cấu hình mật khẩu chứng thư số (biến môi trường ${row.passwordEnv ?? '?'}).`, { reason: 'signing_password_missing' });
  return value;
}

/** Issues a demo certificate for an agency (demo mode only) and stores it. */
async function issueDemoKey(store: Store, agencyId: string): Promise<void> {
  const agency = await findAgencyById(store, agencyId);
  if (!agency) return;
  demoCa ??= createDemoCa({ name: DEMO_CA_NAME, validDays: 3650 });
  const issued = issueSigningCertificate(demoCa, { commonName: agency.name, organisation: agency.name, province: 'An Giang', validDays: 730 }, DEMO_SIGNING_PASSWORD);
  const loaded = loadP12(issued.p12, DEMO_SIGNING_PASSWORD);
  await saveSigningKey(store, {
    agencyId,
    p12: issued.p12,
    passwordEnv: null,
    demo: true,
    subject: loaded.subject.commonName,
    issuer: DEMO_CA_NAME,
    certificateSha256: issued.fingerprintSha256,
    notAfter: loaded.notAfter,
  });
}

/**
 * The agency's signing key, opened once per certificate and kept in memory. In a demo database an
 * agency without one gets a demo certificate on first use; elsewhere null (nothing is signed and
 * the UI says why).
 */
export async function signingKeyFor(store: Store, agencyId: string, env: NodeJS.ProcessEnv = process.env): Promise<Loaded | null> {
  let row = await findSigningKey(store, agencyId);
  if (!row && (await getSetting<string>(store, 'mode')) === 'demo') {
    await issueDemoKey(store, agencyId);
    row = await findSigningKey(store, agencyId);
  }
  if (!row) return null;
  const hit = cache.get(row.certificateSha256);
  if (hit) return hit;
  const key = loadSigningKey(row.p12, passwordOf(row, env));
  const loaded = { key, demo: row.demo, certificateSha256: sha256Hex(key.certificate) };
  cache.set(row.certificateSha256, loaded);
  return loaded;
}

/** Installs a real PKCS#12 for an agency (CLI `motcua signing-key`); checks the password now. */
export async function installSigningKey(store: Store, agencyId: string, p12: Buffer, passwordEnv: string, env: NodeJS.ProcessEnv = process.env): Promise<{ subject: string; notAfter: Date }> {
  const password = env[passwordEnv];
  if (!password) throw new AppError('VALIDATION', `Biến môi trường ${passwordEnv} (mật khẩu chứng thư số) chưa được đặt.`);
  let loaded, cert;
  try {
    loaded = loadP12(p12, password);
    cert = loadSigningKey(p12, password).certificate;
  } catch (err) {
    if (err instanceof SigningError) throw new AppError('VALIDATION', err.message, { reason: err.code });
    throw err;
  }
  await saveSigningKey(store, { agencyId, p12, passwordEnv, demo: false, subject: loaded.subject.commonName, issuer: '', certificateSha256: sha256Hex(cert), notAfter: loaded.notAfter });
  return { subject: loaded.subject.commonName, notAfter: loaded.notAfter };
}
