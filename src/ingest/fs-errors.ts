import type { Rejected } from '../model.ts';

/** A file-system error (from stat, readdir, open, read) as a rejection of `path`. */
export function fsErrorRejection(path: string, error: unknown): Rejected {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { path, code: 'missing', reason: 'no such file or directory' };
    case 'EACCES':
    case 'EPERM':
      return { path, code: 'unreadable', reason: 'permission denied' };
    case 'ELOOP':
      return { path, code: 'unreadable', reason: 'too many levels of symbolic links' };
    case 'EISDIR':
      return { path, code: 'unreadable', reason: 'is a directory' };
    default:
      return { path, code: 'unreadable', reason: `cannot read: ${oneLine(errorMessage(error))}` };
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A message squeezed onto one line of at most `max` characters. */
export function oneLine(message: string, max = 200): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
