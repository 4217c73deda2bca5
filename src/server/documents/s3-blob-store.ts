import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { assertBlobKey, BlobNotFoundError, verified, verifiedStream, type BlobStore } from './blob-store';

export type S3BlobStoreOptions = {
  /** e.g. `http://minio:9000`; omitted for AWS itself. */
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  /** Key prefix such as `motcua/`; a missing trailing slash is added. */
  prefix?: string | undefined;
  accessKeyId: string;
  secretAccessKey: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key` (MinIO, Ceph, most S3-compatible servers). */
  forcePathStyle: boolean;
};

const statusOf = (err: unknown) => (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/**
 * Blobs in an S3-compatible bucket under `<prefix>ab/cd/<sha256>`. Uploads carry the SHA-256 in
 * `x-amz-checksum-sha256`, so the server refuses bytes damaged on the way; reads are checked against the
 * key, which is itself the checksum (so the SDK's own response checksums are left off).
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(opts: S3BlobStoreOptions) {
    this.bucket = opts.bucket;
    this.prefix = opts.prefix && !opts.prefix.endsWith('/') ? `${opts.prefix}/` : (opts.prefix ?? '');
    this.client = new S3Client({
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      region: opts.region,
      forcePathStyle: opts.forcePathStyle,
      credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** The object key of a blob. */
  keyOf(sha: string): string {
    assertBlobKey(sha);
    return `${this.prefix}${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;
  }

  async put(data: Buffer): Promise<string> {
    const digest = createHash('sha256').update(data).digest();
    const sha = digest.toString('hex');
    if (await this.has(sha)) return sha;
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.keyOf(sha),
        Body: data,
        ContentLength: data.length,
        ContentType: 'application/octet-stream',
        ChecksumSHA256: digest.toString('base64'),
      }),
    );
    return sha;
  }

  async get(sha: string): Promise<Readable> {
    const body = (await this.fetch(sha)).Body;
    if (!(body instanceof Readable)) throw new Error(`S3 GetObject returned no stream for blob ${sha}`);
    return verifiedStream(sha, body);
  }

  async read(sha: string): Promise<Buffer> {
    const body = (await this.fetch(sha)).Body;
    if (!body) throw new Error(`S3 GetObject returned no body for blob ${sha}`);
    return verified(sha, Buffer.from(await body.transformToByteArray()));
  }

  async has(sha: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha) }));
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }

  /** Closes the client's sockets. */
  destroy(): void {
    this.client.destroy();
  }

  private async fetch(sha: string): Promise<GetObjectCommandOutput> {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha) }));
    } catch (err) {
      if (statusOf(err) === 404 && (err as Error).name !== 'NoSuchBucket') throw new BlobNotFoundError(sha);
      throw err;
    }
  }
}
