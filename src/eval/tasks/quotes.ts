import { performance } from 'node:perf_hooks';
import { annotateAll } from '../../analyze.ts';
import type { Quote, RawArticle, Span } from '../../model.ts';
import { loadPolnear, type GoldAttribution, type PolnearArticle, type PolnearSplit } from '../polnear.ts';
import type { EvalResult, EvalTask } from '../types.ts';

/**
 * Quote attribution scored on PolNeAR. Matching rule: a predicted quote matches a gold content
 * when they overlap by at least half of the shorter one (discontinuous gold spans count their
 * fragments together). Precision counts predictions that match some gold content, recall gold
 * contents matched by some prediction, so two quotes covering the two halves of one gold content
 * are both right.
 *
 * - direct: predictions of kind `direct` against gold contents that lie (almost) entirely in
 *   quotation marks (see `isDirectContent`); `partial` quotes and partly quoted paraphrases are
 *   scored with the rest only;
 * - all: every prediction against every gold attribution, indirect ones included;
 * - speaker accuracy: over predictions matching a gold attribution that has a source (the one
 *   overlapping most), see `speakerMatches`. A gold source that is a personal pronoun ("he",
 *   "they") also names the nearest earlier gold source that is not one; a relative pronoun
 *   ("who", "which", "whom") names its antecedent, the noun phrase written right before it
 *   (a comma skipped: "Ana Torres, who said"), see `relativeAntecedent`. Nothing else is borrowed.
 *   `speaker_accuracy_direct` is the same over direct predictions matching a direct gold quote;
 *   `speaker_precision` counts right speakers among the judged quotes that were given one.
 * Gold attributions in the headline are kept, though the pipeline never reads the title line.
 */

/** Share of a content's letters inside quotation marks from which it counts as a direct quote. */
const DIRECT_QUOTED_SHARE = 0.9;

const PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', 'me', 'us', 'him', 'her', 'them']);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Length of the double quotation mark at `i` (`“`, `”`, `"`, or `''` as some archives write it), else 0. */
function markLength(text: string, i: number): number {
  if (text.startsWith("''", i)) return 2;
  return '“”"'.includes(text[i] ?? '-') ? 1 : 0;
}

/**
 * Marks the characters inside double quotation marks (marks included), paragraph by paragraph.
 * An opening mark left unclosed at the end of a paragraph quotes the rest of it (a quote that
 * goes on in the next paragraph).
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  for (let i = 0; i <= text.length; i++) {
    const mark = markLength(text, i);
    if (i === text.length || text[i] === '\n') {
      if (open >= 0) mask.fill(1, open, i);
      open = -1;
    } else if (mark > 0 && (open < 0 ? text[i] !== '”' : text[i] !== '“')) {
      if (open >= 0) mask.fill(1, open, i + mark);
      open = open < 0 ? i : -1;
      i += mark - 1;
    }
  }
  return mask;
}

/** True when at least 90% of the content's letters are inside quotation marks. */
export function isDirectContent(text: string, mask: Uint8Array, content: readonly Span[]): boolean {
  let letters = 0;
  let quoted = 0;
  for (const span of content) {
    for (let i = span.start; i < span.end; i++) {
      if (!/\p{L}/u.test(text[i] ?? '')) continue;
      letters++;
      quoted += mask[i] ?? 0;
    }
  }
  return letters > 0 && quoted >= DIRECT_QUOTED_SHARE * letters;
}

function totalLength(spans: readonly Span[]): number {
  return spans.reduce((sum, s) => sum + s.end - s.start, 0);
}

/** Characters shared by two lists of fragments. */
export function overlapOf(a: readonly Span[], b: readonly Span[]): number {
  let shared = 0;
  for (const x of a) for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return shared;
}

/** True when the two overlap by at least half of the shorter one. */
export function spansMatch(a: readonly Span[], b: readonly Span[]): boolean {
  const shorter = Math.min(totalLength(a), totalLength(b));
  return shorter > 0 && overlapOf(a, b) * 2 >= shorter;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}.'’-]+/u).map((w) => w.replace(/(?:['’]s?|\.)$/u, '')).filter((w) => w !== '');
}

/** The word a name is matched by: its last word, suffixes such as "Jr." skipped. */
export function surnameOf(name: string): string | null {
  const nameWords = words(name).filter((w) => !NAME_SUFFIXES.has(w));
  return nameWords[nameWords.length - 1] ?? null;
}

/** True when the predicted speaker's surname is a word of the gold source ("Clinton" in "Hillary Clinton’s campaign"). */
export function namesSamePerson(predicted: string, goldSource: string): boolean {
  const surname = surnameOf(predicted);
  return surname !== null && !PRONOUNS.has(surname) && words(goldSource).includes(surname);
}

/** True for a source that is a lone personal pronoun ("she", "They"). */
export function isPronoun(source: string): boolean {
  const sourceWords = words(source);
  return sourceWords.length === 1 && PRONOUNS.has(sourceWords[0] as string);
}

function textOf(text: string, spans: readonly Span[]): string {
  return spans.map((s) => text.slice(s.start, s.end)).join(' ');
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom']);
const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'most', 'several', 'two', 'three', 'other', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those']);
/** What may stand between an antecedent and its relative pronoun: ", who", " - who", " (who". */
const ANTECEDENT_SEPARATOR = /[\s,”"’'(\u2014\u2013-]{0,8}$/u;
const CONJUNCTIONS = new Set(['and', 'or', 'but']);
/** How many words back a lower-case antecedent may start (at its determiner). */
const MAX_ANTECEDENT_WORDS = 5;

/** True for a source that is a lone relative pronoun ("who", "Which"). */
export function isRelativePronoun(source: string): boolean {
  const sourceWords = words(source);
  return sourceWords.length === 1 && RELATIVE_PRONOUNS.has(sourceWords[0] as string);
}

/** A token that ends a clause or sentence before it ("said.", "budget;"), an abbreviation ("Sen.") aside. */
const closesClause = (token: string): boolean => /[.;:!?”")]$/u.test(token) && !/^\p{Lu}\p{L}{0,3}\.$/u.test(token);
const isCapitalised = (token: string): boolean => /^\p{Lu}/u.test(token);

/**
 * The noun phrase written right before `pos` (a comma skipped), for a relative pronoun there:
 * a run of capitalised words ("Sen. Ana Torres"), else the words back to their determiner ("the
 * two senators"), else the last word alone. Null when a clause or sentence ends right there.
 */
export function relativeAntecedent(text: string, pos: number): string | null {
  const before = text.slice(Math.max(0, pos - 120), pos).replace(ANTECEDENT_SEPARATOR, '').replace(/\s{0,2}\([^()]{0,40}\)$/u, '');
  const tokens = before.split(/\s+/u);
  const last = tokens.pop() ?? '';
  if (!/\p{L}\.?$/u.test(last) || closesClause(last) || CONJUNCTIONS.has(last.toLowerCase())) return null;
  const phrase = [last];
  const capitalised = isCapitalised(last);
  for (let token = tokens.pop(); token !== undefined && phrase.length < MAX_ANTECEDENT_WORDS; token = tokens.pop()) {
    if (closesClause(token) || token.endsWith(',') || isCapitalised(token) !== capitalised) break;
    phrase.unshift(token);
    if (!capitalised && DETERMINERS.has(token.toLowerCase())) return phrase.join(' ');
  }
  return capitalised ? phrase.join(' ') : last;
}

/**
 * What each gold source names: its own text; for a relative pronoun ("who") also its antecedent;
 * for a personal pronoun ("he", "they") also the nearest earlier gold source that is not one.
 */
export function sourceNames(text: string, gold: readonly GoldAttribution[]): Map<GoldAttribution, string> {
  const names = new Map<GoldAttribution, string>();
  const bySource = gold.filter((g) => g.source.length > 0).sort((a, b) => (a.source[0] as Span).start - (b.source[0] as Span).start);
  let lastNamed: string | null = null;
  for (const attribution of bySource) {
    const source = textOf(text, attribution.source);
    const antecedent = isRelativePronoun(source) ? relativeAntecedent(text, (attribution.source[0] as Span).start) : null;
    const named = antecedent === null ? source : `${source} ${antecedent}`;
    if (!isPronoun(source)) lastNamed = antecedent ?? source;
    names.set(attribution, isPronoun(source) && lastNamed !== null ? `${source} ${lastNamed}` : named);
  }
  return names;
}

/**
 * A speaker is right when its span overlaps the gold source, or its name's surname is a word of
 * what the gold source names (for a pronoun, the nearest earlier named gold source). No speaker is wrong.
 */
export function speakerMatches(quote: Quote, gold: GoldAttribution, goldName: string): boolean {
  const speaker = quote.speaker;
  if (speaker === null) return false;
  if (speaker.start !== undefined && speaker.end !== undefined && overlapOf([{ start: speaker.start, end: speaker.end }], gold.source) > 0) return true;
  return namesSamePerson(speaker.name, goldName);
}

export interface Tally {
  directPredicted: number;
  directPredictedMatched: number;
  directGold: number;
  directGoldMatched: number;
  allPredicted: number;
  allPredictedMatched: number;
  allGold: number;
  allGoldMatched: number;
  speakerJudged: number;
  speakerCorrect: number;
  /** Judged quotes that were given a speaker. */
  speakerGiven: number;
  directSpeakerJudged: number;
  directSpeakerCorrect: number;
}

export function emptyTally(): Tally {
  return {
    directPredicted: 0, directPredictedMatched: 0, directGold: 0, directGoldMatched: 0,
    allPredicted: 0, allPredictedMatched: 0, allGold: 0, allGoldMatched: 0,
    speakerJudged: 0, speakerCorrect: 0, speakerGiven: 0, directSpeakerJudged: 0, directSpeakerCorrect: 0,
  };
}

/** The gold attribution a quote overlaps most among those it matches, or null. */
export function bestMatch(quote: Span, gold: readonly GoldAttribution[]): GoldAttribution | null {
  let best: GoldAttribution | null = null;
  let bestOverlap = 0;
  for (const g of gold) {
    const shared = overlapOf([quote], g.content);
    if (shared > bestOverlap && spansMatch([quote], g.content)) [best, bestOverlap] = [g, shared];
  }
  return best;
}

/** Adds one article's counts to `tally`: predicted quotes against its gold attributions. */
export function scoreArticle(tally: Tally, text: string, quotes: readonly Quote[], gold: readonly GoldAttribution[]): void {
  const mask = quotedMask(text);
  const directGold = gold.filter((g) => isDirectContent(text, mask, g.content));
  const direct = quotes.filter((q) => q.kind === 'direct');
  const names = sourceNames(text, gold);
  const matchedBy = (qs: readonly Quote[], g: GoldAttribution): boolean => qs.some((q) => spansMatch([q], g.content));
  tally.directPredicted += direct.length;
  tally.directPredictedMatched += direct.filter((q) => bestMatch(q, directGold) !== null).length;
  tally.directGold += directGold.length;
  tally.directGoldMatched += directGold.filter((g) => matchedBy(direct, g)).length;
  tally.allPredicted += quotes.length;
  tally.allGold += gold.length;
  tally.allGoldMatched += gold.filter((g) => matchedBy(quotes, g)).length;
  for (const quote of quotes) {
    const match = bestMatch(quote, gold);
    if (match === null) continue;
    tally.allPredictedMatched++;
    if (match.source.length === 0) continue;
    const correct = speakerMatches(quote, match, names.get(match) ?? '');
    tally.speakerJudged++;
    if (correct) tally.speakerCorrect++;
    if (quote.speaker !== null) tally.speakerGiven++;
    if (quote.kind === 'direct' && directGold.includes(match)) {
      tally.directSpeakerJudged++;
      if (correct) tally.directSpeakerCorrect++;
    }
  }
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function metricsOf(tally: Tally, articles: number): Record<string, number> {
  const directPrecision = ratio(tally.directPredictedMatched, tally.directPredicted);
  const directRecall = ratio(tally.directGoldMatched, tally.directGold);
  const allPrecision = ratio(tally.allPredictedMatched, tally.allPredicted);
  const allRecall = ratio(tally.allGoldMatched, tally.allGold);
  return {
    direct_precision: directPrecision,
    direct_recall: directRecall,
    direct_f1: f1(directPrecision, directRecall),
    all_precision: allPrecision,
    all_recall: allRecall,
    all_f1: f1(allPrecision, allRecall),
    speaker_accuracy: ratio(tally.speakerCorrect, tally.speakerJudged),
    speaker_accuracy_direct: ratio(tally.directSpeakerCorrect, tally.directSpeakerJudged),
    speaker_precision: ratio(tally.speakerCorrect, tally.speakerGiven),
    articles,
  };
}

/** The record our pipeline reads for a PolNeAR article: its text, title and publication date. */
export function rawArticleOf(article: PolnearArticle): RawArticle {
  return {
    id: article.id,
    path: article.path,
    text: article.text,
    ...(article.title === undefined ? {} : { title: article.title }),
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
  };
}

/** Runs the article pipeline on one split and scores its quotes; `dev` is the split we report. */
export function runQuotesEval(dataDir: string, split: PolnearSplit): Promise<EvalResult> {
  const began = performance.now();
  const articles = loadPolnear(dataDir, split);
  const annotated = annotateAll(articles.map(rawArticleOf), { now: new Date().toISOString() });
  const tally = emptyTally();
  articles.forEach((article, i) => scoreArticle(tally, article.text, annotated[i]?.quotes ?? [], article.attributions));
  return Promise.resolve({
    task: 'quotes',
    dataset: 'polnear',
    metrics: metricsOf(tally, articles.length),
    articles: articles.length,
    seconds: (performance.now() - began) / 1000,
  });
}

/** Direct quotes, all attributions and speakers, scored on the PolNeAR dev split. */
export const quotesTask: EvalTask = {
  name: 'quotes',
  dataset: 'polnear',
  run: (dataDir) => runQuotesEval(dataDir, 'dev'),
};
