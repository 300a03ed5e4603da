import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fail } from '../errors.ts';
import type { EntityType, Span } from '../model.ts';
import { parseArticles, type DatasetArticle } from './ecbplus.ts';

/**
 * Gold entity mentions of ECB+ (`<dir>/xml/<topic>/<doc>.xml`), mapped onto the texts of
 * `<dir>/articles.jsonl`. An XML file holds tokens (`<token t_id sentence number>`) and markables
 * (`<HUMAN_PART_PER m_id>` with `<token_anchor t_id>` children). The texts were detokenised ("
 * for `` and '', no space before punctuation) and the `ecbplus` files lost their sentence 0 (the
 * URL), so tokens are found in the text one after the other rather than rebuilt.
 */

export interface EcbToken {
  readonly id: string;
  readonly sentence: number;
  readonly value: string;
}

export interface EcbMarkable {
  /** The tag, e.g. HUMAN_PART_PER, LOC_GEO, ACTION_OCCURRENCE. */
  readonly tag: string;
  readonly tokenIds: readonly string[];
}

export interface EcbDocument {
  readonly tokens: readonly EcbToken[];
  readonly markables: readonly EcbMarkable[];
}

export interface GoldMention extends Span {
  readonly type: EntityType;
  readonly text: string;
  /** A name (a capitalised word not opening its sentence, or an acronym), not a pronoun or noun. */
  readonly name: boolean;
}

export interface EntityArticle {
  readonly article: DatasetArticle;
  /** Person, organisation and place markables of the three gold tags we type. */
  readonly gold: readonly GoldMention[];
  /** Every markable of a participant or location, typed or not (for precision). */
  readonly participants: readonly Span[];
  /** Sentences holding at least one markable of any kind: the annotated part of the text. */
  readonly annotatedSentences: readonly Span[];
  /** Markables whose tokens could not all be found in the text. */
  readonly unaligned: number;
}

/** Gold tags and the entity type each stands for. */
export const GOLD_TYPES: Readonly<Record<string, EntityType>> = {
  HUMAN_PART_PER: 'person',
  HUMAN_PART_ORG: 'organization',
  HUMAN_PART_GPE: 'place',
  LOC_GEO: 'place',
  LOC_FAC: 'place',
};

const isParticipantTag = (tag: string) => /^(?:HUMAN_|NON_HUMAN_|LOC_)/u.test(tag);

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (value: string) => value.replace(/&(?:amp|lt|gt|quot|apos);/gu, (m) => ENTITIES[m] ?? m);

/** Tokens and markables of one ECB+ XML file; markables without anchors (descriptors) are skipped. */
export function parseEcbXml(xml: string): EcbDocument {
  const tokens = [...xml.matchAll(/<token t_id="(\d{1,7})" sentence="(\d{1,5})" number="\d{1,5}">([^<]{0,500})<\/token>/gu)].map((m) => ({
    id: m[1] as string,
    sentence: Number(m[2]),
    value: unescape(m[3] as string),
  }));
  const markables = [...xml.matchAll(/<([A-Z_]{2,40}) m_id="\d{1,7}"[^>/]{0,200}>([\s\S]{0,20000}?)<\/\1>/gu)].map((m) => ({
    tag: m[1] as string,
    tokenIds: [...(m[2] as string).matchAll(/<token_anchor t_id="(\d{1,7})"/gu)].map((a) => a[1] as string),
  }));
  return { tokens, markables: markables.filter((m) => m.tokenIds.length > 0) };
}

/** How a token may be written in the detokenised text, most likely first. */
function spellings(value: string): string[] {
  const quoted = value.replace(/``|''/gu, '"');
  return [...new Set([quoted, value, value.replace(/``|''/gu, "'")])];
}

/** How far ahead a token is looked for when it is not where the previous one ended. */
const RESYNC_WINDOW = 40;

/**
 * Spans of the tokens in `text`, found in order; tokens that cannot be found (rare: a quote mark
 * written differently) are left out. Whitespace tokens are skipped.
 */
export function alignTokens(text: string, tokens: readonly EcbToken[]): Map<string, Span> {
  const spans = new Map<string, Span>();
  let at = 0;
  for (const token of tokens) {
    if (token.value.trim() === '') continue;
    while (at < text.length && /\s/u.test(text[at] ?? '')) at++;
    let found: Span | undefined;
    for (const spelling of spellings(token.value)) {
      if (text.startsWith(spelling, at)) {
        found = { start: at, end: at + spelling.length };
        break;
      }
    }
    for (const spelling of found ? [] : spellings(token.value)) {
      const start = text.indexOf(spelling, at);
      if (start >= 0 && start - at <= RESYNC_WINDOW) {
        found = { start, end: start + spelling.length };
        break;
      }
    }
    if (found) {
      spans.set(token.id, found);
      at = found.end;
    }
  }
  return spans;
}

/** The tokens the text holds: an `ecbplus` file's sentence 0 (its URL) is not in the text. */
export function textTokens(id: string, tokens: readonly EcbToken[]): EcbToken[] {
  return id.endsWith('ecbplus') ? tokens.filter((t) => t.sentence !== 0) : [...tokens];
}

const isCapitalised = (value: string) => /^\p{Lu}/u.test(value);
/** "I", "I'm", "I'll": capitalised, but a pronoun. */
const isFirstPerson = (value: string) => /^I(?:$|')/u.test(value);
const isAcronymToken = (value: string) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(value);

/**
 * A name: an acronym, or a capitalised word (not "I") that does not open its sentence; a word opening its
 * sentence counts when the document also writes it capitalised elsewhere ("Reid said" after
 * "Tara Reid"), so that sentence-initial names are not lost.
 */
export function isNameMention(tokens: readonly EcbToken[], sentenceFirst: ReadonlySet<string>, midSentence: ReadonlySet<string>): boolean {
  return tokens.some(
    (t) => isAcronymToken(t.value) || (isCapitalised(t.value) && !isFirstPerson(t.value) && (!sentenceFirst.has(t.id) || midSentence.has(t.value))),
  );
}

/** Ids of the first word (with a letter) of each sentence, and capitalised words seen elsewhere. */
function capitalContext(tokens: readonly EcbToken[]): { first: Set<string>; mid: Set<string> } {
  const first = new Set<string>();
  const mid = new Set<string>();
  const seen = new Set<number>();
  for (const t of tokens) {
    if (!/\p{L}/u.test(t.value)) continue;
    if (seen.has(t.sentence)) {
      if (isCapitalised(t.value)) mid.add(t.value);
    } else {
      seen.add(t.sentence);
      first.add(t.id);
    }
  }
  return { first, mid };
}

const spanOf = (spans: readonly Span[]): Span => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end)),
});

/** Gold mentions, participant spans and annotated sentences of one article. */
export function entityArticle(article: DatasetArticle, doc: EcbDocument): EntityArticle {
  const tokens = textTokens(article.id, doc.tokens);
  const spans = alignTokens(article.text, tokens);
  const byId = new Map(tokens.map((t) => [t.id, t]));
  const { first, mid } = capitalContext(tokens);
  const gold: GoldMention[] = [];
  const participants: Span[] = [];
  const sentences = new Set<number>();
  let unaligned = 0;
  for (const markable of doc.markables) {
    const anchored = markable.tokenIds.flatMap((id) => byId.get(id) ?? []);
    if (anchored.length === 0) continue;
    const located = anchored.flatMap((t) => spans.get(t.id) ?? []);
    for (const t of anchored) sentences.add(t.sentence);
    if (located.length < anchored.length) {
      unaligned++;
      continue;
    }
    const span = spanOf(located);
    if (isParticipantTag(markable.tag)) participants.push(span);
    const type = GOLD_TYPES[markable.tag];
    if (type === undefined) continue;
    gold.push({ ...span, type, text: article.text.slice(span.start, span.end), name: isNameMention(anchored, first, mid) });
  }
  const annotatedSentences = [...sentences].flatMap((s) => {
    const located = tokens.filter((t) => t.sentence === s).flatMap((t) => spans.get(t.id) ?? []);
    return located.length > 0 ? [spanOf(located)] : [];
  });
  return { article, gold, participants, annotatedSentences, unaligned };
}

/** Every article of `articles.jsonl` that has an XML file, with its gold mentions. */
export function loadEcbEntities(dir: string): EntityArticle[] {
  const articlesFile = join(dir, 'articles.jsonl');
  const xmlDir = join(dir, 'xml');
  if (!existsSync(articlesFile)) fail('E_DATASET', `${articlesFile} is missing: the entities task needs articles.jsonl in ${dir}`);
  if (!existsSync(xmlDir)) fail('E_DATASET', `${xmlDir} is missing: the entities task needs the ECB+ XML files in ${dir}/xml/<topic>/`);
  const xmlPaths = new Map<string, string>();
  for (const topic of readdirSync(xmlDir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const file of readdirSync(join(xmlDir, topic.name))) {
      if (file.endsWith('.xml')) xmlPaths.set(basename(file, '.xml'), join(xmlDir, topic.name, file));
    }
  }
  return parseArticles(readFileSync(articlesFile, 'utf8'), articlesFile).flatMap((article) => {
    const path = xmlPaths.get(article.id);
    return path === undefined ? [] : [entityArticle(article, parseEcbXml(readFileSync(path, 'utf8')))];
  });
}
