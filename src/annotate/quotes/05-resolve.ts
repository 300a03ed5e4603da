import type { AnnotatedArticle, Speaker } from '../../model.ts';
import { firstStartingAt, overlaps } from '../../span.ts';
import { groupBefore } from './groups.ts';
import { thingBefore } from './things.ts';
import type { Phrase } from './phrases.ts';
import { tagAt } from './tokens.ts';
import { sentenceAt, type Person, type PersonMention, type Registry } from './registry.ts';

/** How many sentences back a pronoun or a role may find its person. */
const WINDOW = 6;

export interface ResolveContext {
  readonly article: AnnotatedArticle;
  readonly registry: Registry;
  /** For a quote inside a quote: the outer quote's speaker ("I" is them, "he" is someone else). */
  readonly outer?: { readonly speaker: Speaker; readonly person: Person | null };
}

export interface Resolved {
  readonly speaker: Speaker;
  readonly person: Person | null;
}

function speakerOf(person: Person, phrase: Phrase, inferred: boolean): Speaker {
  return {
    name: person.name,
    ...(person.entity === undefined ? {} : { entity: person.entity }),
    start: phrase.start,
    end: phrase.end,
    inferred,
  };
}

/**
 * A name: the person (or entity) it is a mention of, else the name as written; null for a lone
 * word of neither that the tagger reads as no name ("Ultimately", "Noting").
 */
function resolveName(phrase: Phrase, ctx: ResolveContext): Resolved | null {
  const mention = ctx.registry.mentions.find((m) => overlaps(m, phrase));
  if (mention) return { speaker: speakerOf(mention.person, phrase, false), person: mention.person };
  const entity = ctx.article.entities.find((e) => e.mentions.some((m) => overlaps(m, phrase)));
  if (entity === undefined && taggedAsNoName(phrase, ctx.article)) return null;
  const written = phrase.text.toLowerCase();
  const byKey = ctx.registry.people.find((p) => p.name.toLowerCase().endsWith(written));
  if (byKey) return { speaker: speakerOf(byKey, phrase, false), person: byKey };
  const name = entity?.name ?? ctx.registry.fullNames.get(phrase.text.split(' ').pop()?.toLowerCase() ?? '') ?? phrase.text;
  return {
    speaker: { name, ...(entity ? { entity: entity.id } : {}), start: phrase.start, end: phrase.end, inferred: false },
    person: null,
  };
}

/**
 * The nearest earlier mention that `accepts` takes, sentence by sentence backwards; within a
 * sentence its subject first, then the others from the nearest.
 */
export function nearestMention(registry: Registry, pos: number, accepts: (p: Person) => boolean): PersonMention | null {
  const here = sentenceAt(registry.sentences, pos);
  let best: PersonMention | null = null;
  for (let i = firstStartingAt(registry.mentions, pos) - 1; i >= 0; i--) {
    const m = registry.mentions[i] as PersonMention;
    if (m.sentence < here - WINDOW || (best && m.sentence < best.sentence)) break;
    if (m.end > pos || m.quoted || !accepts(m.person)) continue;
    if (!best || (m.subject && !best.subject)) best = m;
  }
  return best;
}

function protagonist(registry: Registry, accepts: (p: Person) => boolean): Person | null {
  const ranked = registry.people.filter(accepts).sort((a, b) => b.mentionCount - a.mentionCount);
  const [first, second] = ranked;
  if (!first || (second && second.mentionCount === first.mentionCount)) return null;
  return first;
}

/** they: the nearest group or organisation before it, as inferred. */
function resolveThey(phrase: Phrase, ctx: ResolveContext): Resolved | null {
  const group = groupBefore(ctx.article, ctx.registry, phrase.start);
  return group && { speaker: { name: group.name, start: phrase.start, end: phrase.end, inferred: true }, person: null };
}

/** it: the nearest organisation or document before it ("the report ... It said"), as inferred. */
function resolveIt(phrase: Phrase, ctx: ResolveContext): Resolved | null {
  const thing = thingBefore(ctx.article, ctx.registry, phrase.start);
  return thing && { speaker: { name: thing.name, start: phrase.start, end: phrase.end, inferred: true }, person: null };
}

/** he / she: the nearest compatible person before it (subject preferred), else the protagonist. */
function resolvePronoun(phrase: Phrase, ctx: ResolveContext): Resolved | null {
  const lower = phrase.text.toLowerCase();
  if (lower === 'they') return resolveThey(phrase, ctx);
  if (lower === 'it') return resolveIt(phrase, ctx);
  if (phrase.gender === undefined) return null;
  const excluded = ctx.outer?.person ?? null;
  const accepts = (p: Person): boolean => p !== excluded && (p.gender === null || p.gender === phrase.gender);
  const person = nearestMention(ctx.registry, phrase.start, accepts)?.person ?? protagonist(ctx.registry, accepts);
  return person ? { speaker: speakerOf(person, phrase, true), person } : null;
}

/** "the French president": the person described so, nearest first; null when nobody is. */
function resolveRole(phrase: Phrase, ctx: ResolveContext): Resolved | null {
  const accepts = (p: Person): boolean =>
    phrase.role !== undefined && p.descriptors.has(phrase.role) && (phrase.country === undefined || p.descriptors.has(phrase.country));
  const candidates = ctx.registry.people.filter(accepts);
  if (candidates.length === 0) return null;
  const person = nearestMention(ctx.registry, phrase.start, accepts)?.person ?? (candidates.length === 1 ? candidates[0] : undefined);
  return person ? { speaker: speakerOf(person, phrase, true), person } : null;
}

/** A speaker named by the phrase itself ("officials", "a White House spokesman"): no person. */
function asWritten(phrase: Phrase): Resolved {
  return { speaker: { name: phrase.text, start: phrase.start, end: phrase.end, inferred: false }, person: null };
}

/**
 * "I" in the narration (outside any quote) is the writer: the article's author when its byline
 * names one (inferred), else "I" as written.
 */
function narrator(phrase: Phrase, ctx: ResolveContext): Resolved {
  const author = ctx.article.meta.author?.value;
  return author === undefined ? asWritten(phrase) : { speaker: { name: author, start: phrase.start, end: phrase.end, inferred: true }, person: null };
}

/** Whether the phrase is the writer's words: outside every quote (the registry's masked text shows it). */
function inNarration(phrase: Phrase, registry: Registry): boolean {
  return registry.masked.slice(phrase.start, phrase.end) === phrase.text;
}

/** Parts of speech a lone capitalised word is not a name in ("Therefore", "Ultimately", "Another"); verbs only as participles ("Noting", "Having"). */
const NOT_NAME_TAGS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'PRON', 'SCONJ', 'CCONJ', 'PART', 'INTJ']);
const PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** A one-word "name" the tagger reads as another part of speech: a capitalised word opening a sentence ("Noting that ...", "Ultimately ..."). */
function taggedAsNoName(phrase: Phrase, article: AnnotatedArticle): boolean {
  if (phrase.text.includes(' ')) return false;
  const tag = tagAt(article.tokens, phrase.start);
  return tag !== undefined && (NOT_NAME_TAGS.has(tag) || (tag === 'VERB' && PARTICIPLE.test(phrase.text)));
}

/** The speaker a cue's subject phrase stands for; null rather than a guess. */
export function resolvePhrase(phrase: Phrase | null, ctx: ResolveContext): Resolved | null {
  if (!phrase) return null;
  switch (phrase.kind) {
    case 'name':
      return resolveName(phrase, ctx);
    case 'pronoun':
      return resolvePronoun(phrase, ctx);
    case 'role':
    case 'noun':
      return (phrase.role === undefined ? null : resolveRole(phrase, ctx)) ?? asWritten(phrase);
    case 'first-person': {
      if (phrase.text.toLowerCase() !== 'i') return null;
      const outer = ctx.outer;
      if (outer) return { speaker: { ...outer.speaker, start: phrase.start, end: phrase.end, inferred: true }, person: outer.person };
      return inNarration(phrase, ctx.registry) ? narrator(phrase, ctx) : null;
    }
  }
}

/** Records a resolved speaker as the subject of its sentence, for the pronouns that follow. */
export function noteSpeaker(registry: Registry, resolved: Resolved, at: number): void {
  if (!resolved.person) return;
  const sentence = sentenceAt(registry.sentences, at);
  const mention: PersonMention = { start: at, end: at, person: resolved.person, subject: true, quoted: false, sentence };
  registry.mentions.splice(firstStartingAt(registry.mentions, at + 1), 0, mention);
}
