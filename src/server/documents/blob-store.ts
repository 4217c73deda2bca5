import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Content-addressed storage of file bytes: the key is the SHA-256 of the content, so a document
 * uploaded twice is stored once and a stored file can be checked against its name. The local store
 * writes to a temporary file and renames it into place, so a crash never leaves half a file under a
 * real key. (An S3-compatible store is planned behind the same interface; see docs/adr/0013.)
 */
export interface BlobStore {
  put(data: Buffer): Promise<string>;
  get(sha256: string): Readable;
  read(sha256: string): Promise<Buffer>;
}

export class LocalBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(sha: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error('invalid blob key');
    return path.join(this.root, sha.slice(0, 2), sha.slice(2, 4), sha);
  }

  async put(data: Buffer): Promise<string> {
    const sha = createHash('sha256').update(data).digest('hex');
    const target = this.pathOf(sha);
    try {
      await fs.access(target);
      return sha;
    } catch {
      /* not stored yet */
    }
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

  get(sha: string): Readable {
    return createReadStream(this.pathOf(sha));
  }

  read(sha: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(sha));
  }
}
