/** A WARC file as a stream of plain WARC bytes: gunzipped when it is gzip (whatever its extension). */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Gunzip } from 'node:zlib';

/** A problem with the archive's bytes: the records before it stand, the rest of the file is not read. */
export class ArchiveProblem extends Error {}

export interface WarcSource {
  /** The plain WARC bytes; iterating throws an {@link ArchiveProblem} when the data is not WARC, or corrupt gzip. */
  readonly bytes: AsyncIterable<Uint8Array>;
  readonly gzipped: boolean;
  /** Releases the file early (a reader that stops before the end). */
  readonly close: () => void;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const WARC_MAGIC = 'WARC/';

/** Opens the file; the gzip check reads its first two bytes. */
export async function openWarc(path: string): Promise<WarcSource> {
  const gzipped = await startsWithGzipMagic(path);
  const file = createReadStream(path);
  const close = (): void => void file.destroy();
  if (!gzipped) return { bytes: checkedWarc(file, null), gzipped, close };
  const gunzip = createGunzip();
  pipeline(file, gunzip, () => undefined);
  return { bytes: checkedWarc(gunzip, gunzip), gzipped, close };
}

/** The stream's chunks, after a check that they start like a WARC record; stream errors as archive problems. */
async function* checkedWarc(stream: Readable, gunzip: Gunzip | null): AsyncGenerator<Uint8Array> {
  let checked = false;
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (checked) {
        yield chunk;
        continue;
      }
      head = Buffer.concat([head, chunk]);
      if (head.length < WARC_MAGIC.length) continue;
      if (head.subarray(0, WARC_MAGIC.length).toString('latin1') !== WARC_MAGIC) {
        throw new ArchiveProblem(`not a WARC file: it does not start with "${WARC_MAGIC}"${gunzip === null ? '' : ' once gunzipped'}`);
      }
      checked = true;
      yield head;
    }
  } catch (error) {
    if (error instanceof ArchiveProblem) throw error;
    const where = gunzip === null ? '' : ` at byte ${gunzip.bytesWritten} of the file`;
    throw new ArchiveProblem(`${gunzip === null ? 'cannot read' : 'corrupt or truncated gzip data'}${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!checked && head.length > 0) throw new ArchiveProblem(`not a WARC file: it does not start with "${WARC_MAGIC}"`);
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(GZIP_MAGIC.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return bytesRead === GZIP_MAGIC.length && GZIP_MAGIC.every((byte, index) => head[index] === byte);
  } finally {
    await file.close();
  }
}
