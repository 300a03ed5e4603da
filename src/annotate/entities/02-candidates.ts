/**
 * Step 2: runs become candidate mentions. Roles and honorifics before a name are split off and
 * remembered ("Mexican President Ana Torres" -> "Ana Torres", role "Mexican President"), place
 * chains are split ("US-Canada" -> "US", "Canada"), lone demonyms and lone roles are dropped.
 */
import type { Span } from '../../model.ts';
import type { Token } from '../nlp.ts';
import type { Run } from './01-runs.ts';
import { isAcronym, isKnownWord } from './01-runs.ts';
import { isHonorific, isRoleModifier, isRoleWord } from '../../lexicon/titles.ts';
import { isOrgHead, isOrgSuffix, placeOf, placeOfDemonym } from './gazetteer.ts';
import { memoByWord } from '../../lexicon/key.ts';

export interface Candidate extends Span {
  readonly surface: string;
  /** The words of the name, without a leading "The" and without punctuation. */
  readonly words: readonly string[];
  /** The words joined by single spaces: the string every lexicon lookup of the name reads. */
  readonly name: string;
  /** The role or honorific stated before the name ("U.S. President", "adviser"). */
  readonly role?: string;
  /** Found only where capitals say little (sentence start, headline): kept if confirmed. */
  readonly weak: boolean;
  /** Up to three token values before and after, nearest first. */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

const CONNECTORS = new Set(['of', 'the', 'for', '&']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWord = (t: Token) => LETTER_OR_DIGIT.test(t.value);
/** These lookups run on every token of every run: memoised by value, one probe instead of several. */
const isTitleValue = memoByWord((value: string) => isHonorific(value) || isRoleWord(value));
const isTitleWord = (t: Token) => isTitleValue(t.value);
const isPlaceValue = memoByWord((value: string) => {
  const place = placeOf(value);
  return place !== undefined && (isAcronym(value) || place.kind === 'country');
});
const isPlaceWord = (t: Token) => isPlaceValue(t.value);
/** Words that may stand in a role phrase: "Former U.S. Secretary of State". */
const isRoleChainValue = memoByWord(
  (value: string) => isTitleValue(value) || isRoleModifier(value) || placeOfDemonym(value) !== undefined || isPlaceValue(value) || CONNECTORS.has(value),
);
const isRoleChainWord = (t: Token) => isRoleChainValue(t.value);

/** How many token values a candidate keeps on each side. */
const CONTEXT = 3;

/** Up to `CONTEXT` token values of run tokens from `from` stepping by `step`, then of `around`: nearest first. */
function contextValues(runTokens: readonly Token[], from: number, step: 1 | -1, around: readonly Token[]): string[] {
  const values: string[] = [];
  for (let i = from; values.length < CONTEXT && i >= 0 && i < runTokens.length; i += step) values.push((runTokens[i] as Token).value);
  for (let i = 0; values.length < CONTEXT && i < around.length; i++) values.push((around[i] as Token).value);
  return values;
}

function candidate(text: string, tokens: readonly Token[], run: Run, weak: boolean, role?: string): Candidate {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const words = tokens.filter(isWord).map((t) => t.value);
  if (words[0] === 'The') words.shift();
  return {
    start: first.start,
    end: last.end,
    surface: text.slice(first.start, last.end),
    words,
    name: words.join(' '),
    ...(role === undefined ? {} : { role }),
    weak,
    before: contextValues(run.tokens, run.tokens.indexOf(first) - 1, -1, run.before),
    after: contextValues(run.tokens, run.tokens.indexOf(last) + 1, 1, run.after),
  };
}

/** Where the name starts after a role phrase, or -1: the last title word, then modifiers. */
export function nameStartAfterRole(tokens: readonly Token[]): number {
  let lastTitle = -1;
  tokens.forEach((t, i) => {
    if (isTitleWord(t) && i < tokens.length - 1) lastTitle = i;
  });
  if (lastTitle < 0) return -1;
  let nameStart = lastTitle + 1;
  while (nameStart < tokens.length - 1 && isRoleChainWord(tokens[nameStart] as Token)) nameStart++;
  const rest = tokens.slice(nameStart);
  if (rest.some((t) => isOrgHead(t.value) || isOrgSuffix(t.value) || isTitleWord(t))) return -1;
  return nameStart;
}

/** Where the role chain before the name starts: titles, modifiers, demonyms, country words. */
function roleChainStart(tokens: readonly Token[], nameStart: number): number {
  let start = nameStart;
  while (start > 0 && isRoleChainWord(tokens[start - 1] as Token)) start--;
  while (start < nameStart && CONNECTORS.has((tokens[start] as Token).value)) start++;
  return start;
}

/** Place words inside a role phrase are still mentions of the place ("U.S." in "U.S. President"). */
function placesIn(text: string, tokens: readonly Token[], run: Run): Candidate[] {
  return tokens.filter(isPlaceWord).map((t) => candidate(text, [t], run, false));
}

/** A lowercase role just before the name ("adviser Ana Torres", "president, Ana Torres"). */
export function roleBefore(text: string, run: Run): string | undefined {
  const [first, second, third] = run.before;
  const roleToken = first?.value === ',' ? second : first;
  if (roleToken === undefined || roleToken.value !== roleToken.value.toLowerCase() || !isRoleWord(roleToken.value)) {
    return undefined;
  }
  const qualifier = first?.value === ',' ? third : second;
  const qualified = qualifier !== undefined && qualifier.end + 1 === roleToken.start && placeOfDemonym(qualifier.value) !== undefined;
  return text.slice(qualified ? qualifier.start : roleToken.start, roleToken.end);
}

/** Parts of a hyphenated chain when every part is a place ("U.S.–Mexico"), else undefined. */
export function placeChainParts(tokens: readonly Token[]): Token[][] | undefined {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (/^[-–‐]$/.test(t.value)) parts.push([]);
    else parts[parts.length - 1]?.push(t);
  }
  if (parts.length < 2) return undefined;
  const allPlaces = parts.every((p) => p.length > 0 && placeOf(p.map((t) => t.value).join(' ')) !== undefined);
  return allPlaces ? parts : undefined;
}

const isDemonymOnly = (c: Candidate) => placeOfDemonym(c.name) !== undefined;

/** The candidate mentions of one run. */
export function candidatesOfRun(text: string, run: Run): Candidate[] {
  const tokens = run.tokens;
  const weakAlone = (name: readonly Token[]) =>
    run.headline || (run.startLike && name.length === 1 && !isKnownWord((name[0] as Token).value));
  const chain = placeChainParts(tokens);
  if (chain) return chain.map((part) => candidate(text, part, run, run.headline));
  const body = tokens[0]?.value === 'The' ? tokens.slice(1) : tokens;
  const onlyRole = body.every(isRoleChainWord) && body.some((t) => isTitleWord(t) || placeOfDemonym(t.value) !== undefined);
  if (onlyRole) return placesIn(text, body, run);
  const nameStart = nameStartAfterRole(body);
  if (nameStart < 0) {
    const whole = candidate(text, tokens, run, weakAlone(body), roleBefore(text, run));
    return isDemonymOnly(whole) ? [] : [whole];
  }
  const chainStart = roleChainStart(body, nameStart);
  const roleTokens = body.slice(chainStart, nameStart);
  const role = text.slice((roleTokens[0] as Token).start, (roleTokens[roleTokens.length - 1] as Token).end);
  const name = candidate(text, body.slice(nameStart), run, run.headline, role);
  const owner = body.slice(0, chainStart);
  const ownerCandidates = owner.length > 0 ? [candidate(text, tokens.slice(0, tokens.indexOf(owner[owner.length - 1] as Token) + 1), run, weakAlone(owner))] : [];
  return [...ownerCandidates, ...placesIn(text, roleTokens, run), name];
}
