import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline, Transform, type Readable } from 'node:stream';

/**
 * Content-addressed storage of file bytes: the key is the SHA-256 of the content, so a document
 * uploaded twice is stored once and a stored file can be checked against its name. Two stores sit
 * behind this interface (docs/adr/0013): a local directory and an S3-compatible bucket.
 *
 * A missing blob rejects with `BlobNotFoundError`; bytes that no longer hash to their key reject
 * (`read`) or fail the stream at its end (`get`) with `BlobIntegrityError`.
 */
export interface BlobStore {
  /** Stores the bytes (once) and returns their SHA-256 in lowercase hex. */
  put(data: Buffer): Promise<string>;
  /** Streams the bytes; the stream errors at its end if they do not hash to `sha256`. */
  get(sha256: string): Promise<Readable>;
  /** Reads the whole blob, checked against its hash. */
  read(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`blob ${sha256} not found`);
    this.name = 'BlobNotFoundError';
  }
}

export class BlobIntegrityError extends Error {
  constructor(
    readonly sha256: string,
    readonly actual: string,
  ) {
    super(`blob ${sha256} is corrupt: its bytes hash to ${actual}`);
    this.name = 'BlobIntegrityError';
  }
}

export const sha256Hex = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

export function assertBlobKey(sha: string): void {
  if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('invalid blob key');
}

/** Fails with `BlobIntegrityError` if `data` does not hash to `sha`. */
export function verified(sha: string, data: Buffer): Buffer {
  const actual = sha256Hex(data);
  if (actual !== sha) throw new BlobIntegrityError(sha, actual);
  return data;
}

/** Passes the bytes through and errors at the end if they did not hash to `sha`. */
export function verifiedStream(sha: string, source: Readable): Readable {
  const hash = createHash('sha256');
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const actual = hash.digest('hex');
      done(actual === sha ? null : new BlobIntegrityError(sha, actual));
    },
  });
  // pipeline destroys both ends together: a source error reaches the reader, an early close frees the source.
  return pipeline(source, check, () => {});
}

const isMissing = (err: unknown) => (err as { code?: string }).code === 'ENOENT';

/** Blobs under `root/ab/cd/<sha256>`, written to a temporary file, fsync'd and renamed into place. */
export class LocalBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(sha: string): string {
    assertBlobKey(sha);
    return path.join(this.root, sha.slice(0, 2), sha.slice(2, 4), sha);
  }

  async put(data: Buffer): Promise<string> {
    const sha = sha256Hex(data);
    const target = this.pathOf(sha);
    if (await this.has(sha)) return sha;
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fs.open(tmp, 'wx', 0o640);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
    return sha;
  }

  async get(sha: string): Promise<Readable> {
    const file = this.pathOf(sha);
    const handle = await fs.open(file, 'r').catch((err: unknown) => {
      throw isMissing(err) ? new BlobNotFoundError(sha) : err;
    });
    return verifiedStream(sha, handle.createReadStream());
  }

  async read(sha: string): Promise<Buffer> {
    const data = await fs.readFile(this.pathOf(sha)).catch((err: unknown) => {
      throw isMissing(err) ? new BlobNotFoundError(sha) : err;
    });
    return verified(sha, data);
  }

  async has(sha: string): Promise<boolean> {
    try {
      await fs.access(this.pathOf(sha));
      return true;
    } catch (err) {
      if (isMissing(err)) return false;
      throw err;
    }
  }
}
