/**
 * robots.txt as RFC 9309 reads it: groups of `User-agent` lines followed by `Allow`/`Disallow`
 * rules; the groups naming our product token (merged) apply, else the `*` groups, else none.
 * The longest matching pattern decides, `Allow` winning ties; `*` matches any run of characters
 * and a final `$` anchors the pattern at the end of the path.
 */

export interface RobotsRule {
  readonly allow: boolean;
  /** The path pattern as written, with percent-escapes normalised. */
  readonly pattern: string;
}

export interface RobotsGroup {
  /** Product tokens, lowercased, without a `/version` suffix. */
  readonly agents: readonly string[];
  readonly rules: readonly RobotsRule[];
}

export interface Robots {
  readonly groups: readonly RobotsGroup[];
}

export interface RobotsDecision {
  readonly allowed: boolean;
  /** The rule that decided, when one matched. */
  readonly rule?: RobotsRule;
}

export const ALLOW_ALL: Robots = { groups: [] };

const LINE = /^([A-Za-z-]{1,32})\s{0,64}:\s{0,64}(.{0,2048})$/;

/** The groups of a robots.txt file; unknown lines and rules outside any group are ignored. */
export function parseRobots(text: string): Robots {
  const groups: Array<{ agents: string[]; rules: RobotsRule[] }> = [];
  let current: { agents: string[]; rules: RobotsRule[] } | null = null;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const match = LINE.exec((raw.split('#')[0] ?? '').trim());
    if (match === null) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'user-agent') {
      if (current === null || current.rules.length > 0) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(productToken(value));
    } else if ((key === 'allow' || key === 'disallow') && current !== null && value !== '') {
      current.rules.push({ allow: key === 'allow', pattern: normalisePercent(value) });
    }
  }
  return { groups };
}

function productToken(value: string): string {
  return (value.split('/')[0] ?? '').trim().toLowerCase();
}

/** Escapes non-ASCII characters and upper-cases escape digits, so a pattern and a URL path compare alike. */
export function normalisePercent(text: string): string {
  const escaped = text.replace(/[^\p{ASCII}]+/gu, (run) => [...Buffer.from(run, 'utf8')].map((byte) => `%${byte.toString(16)}`).join(''));
  return escaped.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

/** The rules that apply to `agent`: every group naming it, else every `*` group. */
export function rulesFor(robots: Robots, agent: string): readonly RobotsRule[] {
  const token = agent.toLowerCase();
  const named = robots.groups.filter((group) => group.agents.includes(token));
  const chosen = named.length > 0 ? named : robots.groups.filter((group) => group.agents.includes('*'));
  return chosen.flatMap((group) => group.rules);
}

/** Whether `agent` may fetch `path` (path and query of the URL, percent-encoded as in a URL). */
export function robotsDecision(robots: Robots, agent: string, path: string): RobotsDecision {
  if (path === '/robots.txt') return { allowed: true };
  const target = normalisePercent(path);
  let best: RobotsRule | undefined;
  for (const rule of rulesFor(robots, agent)) {
    if (!patternMatches(rule.pattern, target)) continue;
    const longer = best === undefined || rule.pattern.length > best.pattern.length;
    const tieWonByAllow = best !== undefined && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
    if (longer || tieWonByAllow) best = rule;
  }
  return best === undefined ? { allowed: true } : { allowed: best.allow, rule: best };
}

/**
 * Whether the pattern matches the start of the path (the whole path when it ends in `$`). The
 * literal pieces between `*` are placed leftmost-first, which is exact for `*`-only globs and
 * runs in linear passes, with no backtracking.
 */
export function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const pieces = (anchored ? pattern.slice(0, -1) : pattern).split('*');
  const first = pieces[0] ?? '';
  if (!path.startsWith(first)) return false;
  if (pieces.length === 1) return !anchored || path.length === first.length;
  const last = pieces[pieces.length - 1] ?? '';
  let position = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = path.indexOf(piece, position);
    if (found < 0) return false;
    position = found + piece.length;
  }
  if (!anchored) return path.indexOf(last, position) >= 0;
  return path.length - last.length >= position && path.endsWith(last);
}
