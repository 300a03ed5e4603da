import type { AnnotatedArticle, Quote, Span } from '../../model.ts';
import { verbTagger, type VerbTest } from './09-uncued-verbs.ts';
import type { Registry } from './registry.ts';
import type { SentenceWords } from './sentence-words.ts';

/** An organisation the entities stage found, one mention of it. */
interface OrganisationMention extends Span {
  readonly entity: string;
  readonly name: string;
  readonly count: number;
}

/** What the speaker chooser reads of an article, built once. */
export interface SpeakerContext {
  readonly article: AnnotatedArticle;
  readonly registry: Registry;
  readonly words: SentenceWords;
  readonly organisations: readonly OrganisationMention[];
  /** The most mentioned person's key, when one person is mentioned most. */
  readonly protagonist: string | null;
  readonly isVerb: VerbTest;
  /** Where each person is first named: a pronoun stands only for someone named before it. */
  readonly firstNamed: ReadonlyMap<string, number>;
}

/** The organisations' mentions in text order, with how often each is mentioned. */
function organisationMentions(article: AnnotatedArticle): OrganisationMention[] {
  return article.entities
    .filter((e) => e.type === 'organization')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id, name: e.name, count: e.mentions.length })))
    .sort((a, b) => a.start - b.start);
}

/** What the chooser reads of an article: the rules' registry and words, the organisations, the protagonist. */
export function speakerContext(article: AnnotatedArticle, registry: Registry, words: SentenceWords): SpeakerContext {
  const ranked = [...registry.people].sort((a, b) => b.mentionCount - a.mentionCount);
  const [first, second] = ranked;
  const protagonist = first && (!second || second.mentionCount < first.mentionCount) ? first.key : null;
  const firstNamed = new Map<string, number>();
  for (const m of registry.mentions) if (!firstNamed.has(m.person.key)) firstNamed.set(m.person.key, m.start);
  return { article, registry, words, organisations: organisationMentions(article), protagonist, isVerb: verbTagger(article.tokens), firstNamed };
}

/** The nearest quotes before and after a quote that have a speaker. */
export interface Neighbours {
  readonly previous: Quote | undefined;
  readonly next: Quote | undefined;
}

/** For each quote, its nearest neighbours with a speaker (one pass each way). */
export function neighboursOf(quotes: readonly Quote[]): Neighbours[] {
  const previous: (Quote | undefined)[] = [];
  let last: Quote | undefined;
  for (const q of quotes) {
    previous.push(last);
    if (q.speaker) last = q;
  }
  const found: Neighbours[] = new Array<Neighbours>(quotes.length);
  let next: Quote | undefined;
  for (let i = quotes.length - 1; i >= 0; i--) {
    found[i] = { previous: previous[i], next };
    if (quotes[i]?.speaker) next = quotes[i];
  }
  return found;
}
