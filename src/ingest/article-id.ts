import { createHash } from 'node:crypto';

/** A stable content hash: the first 16 hex characters of the SHA-256 of the UTF-8 content. */
export function articleId(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex').slice(0, 16);
}
