import { hash } from 'node:crypto';

/** A stable content hash: the first 16 hex characters of the SHA-256 of the UTF-8 content. */
export function articleId(content: string): string {
  return hash('sha256', content, 'hex').slice(0, 16);
}
