import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where uploaded bytes live. The disk implementation is the default; others (S3, …) can replace it. */
export interface FileStorage {
  /**
   * Streams `source` into a new object and returns its key, size and SHA-256. When more than `maxBytes`
   * arrive it stops, removes what it wrote and throws `FileTooLargeError`.
   */
  put(source: Readable, maxBytes: number): Promise<{ key: string; size: number; sha256: string }>;
  /** The bytes of a stored object as a stream. */
  get(key: string): Readable;
  /** Removes a stored object (no error when it is already gone). */
  delete(key: string): Promise<void>;
}

/** Thrown by `FileStorage.put` when the source is larger than allowed. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** Files under `root/<yyyy>/<mm>/<random>`: the key is the path below `root`. */
export class DiskFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(source: Readable, maxBytes: number): Promise<{ key: string; size: number; sha256: string }> {
    const now = new Date();
    const key = [
      String(now.getUTCFullYear()),
      String(now.getUTCMonth() + 1).padStart(2, '0'),
      randomBytes(16).toString('hex'),
    ].join('/');
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) return callback(new FileTooLargeError(maxBytes));
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, fs.createWriteStream(target, { flags: 'wx' }));
    } catch (error) {
      await this.delete(key);
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  get(key: string): Readable {
    return fs.createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  /** The absolute path of a key; keys come only from `put`, and anything else is refused. */
  private pathOf(key: string): string {
    if (!/^\d{4}\/\d{2}\/[0-9a-f]{32}$/.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, key);
  }
}
