import { LocalBlobStore, type BlobStore } from './blob-store';
import { S3BlobStore } from './s3-blob-store';

const nonEmpty = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = nonEmpty(env[name]);
  if (!v) throw new Error(`Thiếu biến môi trường ${name} (bắt buộc khi MOTCUA_BLOB_STORE=s3).`);
  return v;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const v = nonEmpty(env[name])?.toLowerCase();
  if (v === undefined) return fallback;
  if (['true', '1', 'on', 'yes'].includes(v)) return true;
  if (['false', '0', 'off', 'no'].includes(v)) return false;
  throw new Error(`Biến môi trường ${name} không hợp lệ: "${env[name]}" (dùng true hoặc false).`);
}

/**
 * The blob store chosen by the environment (README.md, Configuration): `MOTCUA_BLOB_STORE=s3` for an
 * S3-compatible bucket, otherwise a local directory (`MOTCUA_FILES_DIR`, else `defaultDir`).
 */
export function blobStoreFromEnv(env: NodeJS.ProcessEnv, defaultDir: string): BlobStore {
  const kind = nonEmpty(env.MOTCUA_BLOB_STORE)?.toLowerCase() ?? 'local';
  if (kind === 'local') return new LocalBlobStore(nonEmpty(env.MOTCUA_FILES_DIR) ?? defaultDir);
  if (kind !== 's3') throw new Error(`Biến môi trường MOTCUA_BLOB_STORE không hợp lệ: "${env.MOTCUA_BLOB_STORE}" (dùng local hoặc s3).`);
  const endpoint = nonEmpty(env.MOTCUA_S3_ENDPOINT);
  return new S3BlobStore({
    endpoint,
    region: nonEmpty(env.MOTCUA_S3_REGION) ?? 'us-east-1',
    bucket: required(env, 'MOTCUA_S3_BUCKET'),
    prefix: nonEmpty(env.MOTCUA_S3_PREFIX),
    accessKeyId: required(env, 'MOTCUA_S3_ACCESS_KEY_ID'),
    secretAccessKey: required(env, 'MOTCUA_S3_SECRET_ACCESS_KEY'),
    forcePathStyle: flag(env, 'MOTCUA_S3_FORCE_PATH_STYLE', endpoint !== undefined),
  });
}
