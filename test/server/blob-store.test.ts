import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/api/app';
import { BlobIntegrityError, BlobNotFoundError, LocalBlobStore, type BlobStore } from '../../src/server/documents/blob-store';
import { blobStoreFromEnv } from '../../src/server/documents/blob-store-from-env';
import { S3BlobStore } from '../../src/server/documents/s3-blob-store';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { loginAs } from '../support/app';
import { freshDatabase } from '../support/db';
import { startS3Peer, type S3Peer } from '../support/s3-peer';

const CREDS = { accessKeyId: 'MOTCUATESTKEY', secretAccessKey: 'bi-mat-cua-thu-nghiem', region: 'ap-southeast-1' };
const BUCKET = 'motcua-files';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const collect = async (s: Readable) => {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
};

type Subject = { store: BlobStore; count(): Promise<number>; corrupt(sha: string): Promise<void>; close(): Promise<void> };

async function startPeerWithBucket(): Promise<{ peer: S3Peer; client: (extra?: Partial<S3ClientConfig>) => S3Client }> {
  const peer = await startS3Peer(CREDS);
  const client = (extra: Partial<S3ClientConfig> = {}) =>
    new S3Client({ endpoint: peer.endpoint, region: CREDS.region, forcePathStyle: true, credentials: CREDS, ...extra });
  await client().send(new CreateBucketCommand({ Bucket: BUCKET }));
  return { peer, client };
}

const s3Options = (peer: S3Peer, over: Partial<ConstructorParameters<typeof S3BlobStore>[0]> = {}) => ({
  endpoint: peer.endpoint,
  region: CREDS.region,
  bucket: BUCKET,
  prefix: 'motcua',
  accessKeyId: CREDS.accessKeyId,
  secretAccessKey: CREDS.secretAccessKey,
  forcePathStyle: true,
  ...over,
});

const subjects: [string, () => Promise<Subject>][] = [
  [
    'LocalBlobStore',
    async () => {
      const root = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-blobs-'));
      const store = new LocalBlobStore(root);
      const files = async () => (await fs.readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
      return {
        store,
        count: async () => (await files()).length,
        corrupt: (s) => fs.writeFile(path.join(root, s.slice(0, 2), s.slice(2, 4), s), 'hỏng'),
        close: () => fs.rm(root, { recursive: true, force: true }),
      };
    },
  ],
  [
    'S3BlobStore',
    async () => {
      const { peer } = await startPeerWithBucket();
      const store = new S3BlobStore(s3Options(peer));
      return {
        store,
        count: async () => peer.objects.size,
        corrupt: async (s) => void peer.objects.set(`${BUCKET}/${store.keyOf(s)}`, Buffer.from('hỏng')),
        close: async () => {
          store.destroy();
          await peer.close();
        },
      };
    },
  ],
];

describe.each(subjects)('BlobStore contract: %s', (_name, make) => {
  let t: Subject;
  beforeAll(async () => {
    t = await make();
  });
  afterAll(() => t.close());

  it('put returns the SHA-256 of the bytes; read, get and has agree', async () => {
    const data = Buffer.from('Giấy khai sinh — bản sao');
    const key = await t.store.put(data);
    expect(key).toBe(sha(data));
    expect((await t.store.read(key)).equals(data)).toBe(true);
    expect((await collect(await t.store.get(key))).equals(data)).toBe(true);
    expect(await t.store.has(key)).toBe(true);
  });

  it('stores the same content once, also when the puts race', async () => {
    const data = randomBytes(4096);
    const before = await t.count();
    expect(await t.store.put(data)).toBe(sha(data));
    expect(await t.store.put(data)).toBe(sha(data));
    expect(await t.count()).toBe(before + 1);
    const racing = randomBytes(100_000);
    const keys = await Promise.all(Array.from({ length: 8 }, () => t.store.put(racing)));
    expect(new Set(keys)).toEqual(new Set([sha(racing)]));
    expect(await t.count()).toBe(before + 2);
    expect((await t.store.read(sha(racing))).equals(racing)).toBe(true);
  });

  it('a missing blob: has is false, read and get reject with BlobNotFoundError', async () => {
    const missing = sha(Buffer.from('chưa từng lưu'));
    expect(await t.store.has(missing)).toBe(false);
    await expect(t.store.read(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(t.store.get(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(t.store.read('../../etc/passwd')).rejects.toThrow(/invalid blob key/);
  });

  it('a 5 MB blob round-trips byte for byte', async () => {
    const big = randomBytes(5 * 1024 * 1024);
    const key = await t.store.put(big);
    expect((await t.store.read(key)).equals(big)).toBe(true);
    expect((await collect(await t.store.get(key))).equals(big)).toBe(true);
  });

  it('bytes that no longer hash to their key are refused by read and fail the get stream', async () => {
    const key = await t.store.put(Buffer.from('Quyết định số 12/QĐ-UBND'));
    await t.corrupt(key);
    await expect(t.store.read(key)).rejects.toBeInstanceOf(BlobIntegrityError);
    await expect(collect(await t.store.get(key))).rejects.toBeInstanceOf(BlobIntegrityError);
  });
});

describe('S3BlobStore against the S3 peer', () => {
  let peer: S3Peer;
  let client: (extra?: Partial<S3ClientConfig>) => S3Client;
  beforeAll(async () => {
    ({ peer, client } = await startPeerWithBucket());
  });
  afterAll(() => peer.close());

  it('keys objects as <prefix>ab/cd/<sha256>, sent with a SHA-256 checksum', async () => {
    const data = Buffer.from('%PDF-1.7 tờ khai');
    const key = await new S3BlobStore(s3Options(peer, { prefix: 'ho-so/' })).put(data);
    expect(peer.objects.get(`${BUCKET}/ho-so/${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`)?.equals(data)).toBe(true);
    const got = await client().send(new GetObjectCommand({ Bucket: BUCKET, Key: `ho-so/${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`, ChecksumMode: 'ENABLED' }));
    expect(got.ChecksumSHA256).toBe(createHash('sha256').update(data).digest('base64'));
    expect(got.ContentType).toBe('application/octet-stream');
  });

  it('a wrong secret key is refused: the peer rejects the signature and nothing is stored', async () => {
    const before = peer.objects.size;
    const wrong = new S3BlobStore(s3Options(peer, { secretAccessKey: 'sai-mat-khau' }));
    await expect(wrong.put(Buffer.from('x'))).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
    const stored = await new S3BlobStore(s3Options(peer)).put(Buffer.from('y'));
    await expect(wrong.read(stored)).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    await expect(new S3BlobStore(s3Options(peer, { accessKeyId: 'AKIAKHAC' })).read(stored)).rejects.toMatchObject({ name: 'InvalidAccessKeyId' });
    expect(peer.objects.size).toBe(before + 1);
  });

  it('the peer refuses requests altered after signing, unsigned requests and wrong digests, in S3 XML', async () => {
    const tampered = client();
    // Runs after the SDK signed the request: any change must now break the signature or the payload hash.
    type Args = { input: object; request: { headers: Record<string, string>; body: unknown } };
    const tamper = (next: (args: Args) => Promise<unknown>) => async (args: Args) => {
      const req = args.request;
      if (req.headers['content-type'] === 'text/plain') req.headers['content-type'] = 'text/html';
      else if (Buffer.isBuffer(req.body)) req.body = Buffer.from(req.body).fill(0x2a, 0, 1); // same length, one byte changed
      return next(args);
    };
    tampered.middlewareStack.addRelativeTo(tamper as Parameters<S3Client['middlewareStack']['addRelativeTo']>[0], { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'tamper' });
    await expect(tampered.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'a', Body: 'x', ContentType: 'text/plain' }))).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    await expect(tampered.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'a', Body: Buffer.from('nội dung') }))).rejects.toMatchObject({ name: 'XAmzContentSHA256Mismatch' });
    const wrongDigest = new PutObjectCommand({ Bucket: BUCKET, Key: 'b', Body: Buffer.from('abc'), ChecksumSHA256: createHash('sha256').update('abd').digest('base64') });
    await expect(client().send(wrongDigest)).rejects.toMatchObject({ name: 'BadDigest' });
    const wrongMd5 = new PutObjectCommand({ Bucket: BUCKET, Key: 'b', Body: Buffer.from('abc'), ContentMD5: createHash('md5').update('abd').digest('base64') });
    await expect(client({ requestChecksumCalculation: 'WHEN_REQUIRED' }).send(wrongMd5)).rejects.toMatchObject({ name: 'BadDigest' });
    expect([...peer.objects.keys()].filter((k) => k === `${BUCKET}/a` || k === `${BUCKET}/b`)).toEqual([]);

    const anonymous = await fetch(`${peer.endpoint}/${BUCKET}/a`);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toContain('<Code>AccessDenied</Code>');
    const scope = `${new Date().toISOString().slice(0, 10).replace(/-/g, '')}/${CREDS.region}/s3/aws4_request`;
    const forged = await fetch(`${peer.endpoint}/${BUCKET}/a`, {
      headers: {
        'x-amz-date': new Date().toISOString().replace(/[-:]|\.\d{3}/g, ''),
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        authorization: `AWS4-HMAC-SHA256 Credential=${CREDS.accessKeyId}/${scope}, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${'0'.repeat(64)}`,
      },
    });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toMatch(/<Error><Code>SignatureDoesNotMatch<\/Code>.*<CanonicalRequest>GET\n\/motcua-files\/a\n/s);
  });

  it('accepts what the SDK sends by default: aws-chunked bodies with a CRC32 trailer, and unsigned payloads', async () => {
    const data = randomBytes(70_000);
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'chunked/ten có dấu', Body: Readable.from([data.subarray(0, 1000), data.subarray(1000)]), ContentLength: data.length }));
    expect(peer.objects.get(`${BUCKET}/chunked/ten có dấu`)?.equals(data)).toBe(true);
    await client({ requestChecksumCalculation: 'WHEN_REQUIRED' }).send(new PutObjectCommand({ Bucket: BUCKET, Key: 'unsigned', Body: Readable.from([data]), ContentLength: data.length }));
    expect(peer.objects.get(`${BUCKET}/unsigned`)?.equals(data)).toBe(true);
  });
});

describe('blobStoreFromEnv', () => {
  const S3_ENV = { MOTCUA_BLOB_STORE: 's3', MOTCUA_S3_BUCKET: BUCKET, MOTCUA_S3_ACCESS_KEY_ID: CREDS.accessKeyId, MOTCUA_S3_SECRET_ACCESS_KEY: CREDS.secretAccessKey };

  it('defaults to a local directory, MOTCUA_FILES_DIR first', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-env-'));
    try {
      const data = Buffer.from('tệp cục bộ');
      const key = await blobStoreFromEnv({}, path.join(dir, 'default')).put(data);
      await expect(fs.readFile(path.join(dir, 'default', key.slice(0, 2), key.slice(2, 4), key))).resolves.toEqual(data);
      const store = blobStoreFromEnv({ MOTCUA_BLOB_STORE: 'local', MOTCUA_FILES_DIR: path.join(dir, 'env') }, path.join(dir, 'default'));
      expect(store).toBeInstanceOf(LocalBlobStore);
      await store.put(data);
      await expect(fs.readFile(path.join(dir, 'env', key.slice(0, 2), key.slice(2, 4), key))).resolves.toEqual(data);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('MOTCUA_BLOB_STORE=s3 talks to the configured bucket, path-style by default when an endpoint is set', async () => {
    const { peer } = await startPeerWithBucket();
    try {
      const store = blobStoreFromEnv({ ...S3_ENV, MOTCUA_S3_ENDPOINT: peer.endpoint, MOTCUA_S3_REGION: CREDS.region, MOTCUA_S3_PREFIX: 'env/' }, '/unused');
      expect(store).toBeInstanceOf(S3BlobStore);
      const key = await store.put(Buffer.from('qua S3'));
      expect([...peer.objects.keys()]).toEqual([`${BUCKET}/env/${key.slice(0, 2)}/${key.slice(2, 4)}/${key}`]);
    } finally {
      await peer.close();
    }
  });

  it('names the missing or invalid variable', () => {
    for (const name of ['MOTCUA_S3_BUCKET', 'MOTCUA_S3_ACCESS_KEY_ID', 'MOTCUA_S3_SECRET_ACCESS_KEY'] as const) {
      const env: NodeJS.ProcessEnv = { ...S3_ENV };
      delete env[name];
      expect(() => blobStoreFromEnv(env, '/unused')).toThrow(new RegExp(`^Thiếu biến môi trường ${name}`));
    }
    expect(() => blobStoreFromEnv({ MOTCUA_BLOB_STORE: 'minio' }, '/unused')).toThrow(/MOTCUA_BLOB_STORE không hợp lệ/);
    expect(() => blobStoreFromEnv({ ...S3_ENV, MOTCUA_S3_FORCE_PATH_STYLE: 'có' }, '/unused')).toThrow(/MOTCUA_S3_FORCE_PATH_STYLE không hợp lệ/);
  });
});

describe('file download through the API with the S3 store', () => {
  it('gives the bytes back, and a 404 problem when the object is gone', async () => {
    const { peer } = await startPeerWithBucket();
    const db = await freshDatabase();
    await seedDemo(db.store, { catalogue: false, dossiers: 0 });
    const app = await buildApp({ store: db.store, databaseKind: 'external', version: 'test', logLevel: 'silent', blobs: new S3BlobStore(s3Options(peer)) });
    try {
      const cookie = await loginAs(app, 'tiepnhan');
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
      const boundary = 'motcua-s3';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="don.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
        pdf,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const up = await app.inject({ method: 'POST', url: '/api/files', payload, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` } });
      expect(up.statusCode, up.body).toBe(201);
      const url = `/api/files/${up.json().id}`;
      const down = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(down.statusCode).toBe(200);
      expect(down.rawPayload.equals(pdf)).toBe(true);

      peer.objects.clear();
      const gone = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(gone.statusCode).toBe(404);
      expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(gone.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'Không tìm thấy nội dung tệp.' });
    } finally {
      await app.close();
      await db.drop();
      await peer.close();
    }
  });
});
