/** A publication date in an article URL: "/2025/05/03/", "-2025-05-03-", "/20250503/". */
import { isoDay } from './parse-date.ts';

/** A one-digit day must end a path segment: in "/2023/10/3-questions" the 3 is not a day. */
const SEPARATED = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{2}(?=[/_.-]|$)|\d(?=[/_.]|$))/;
const COMPACT = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/;

export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
