import type { Quote, Sentence, Span, Speaker } from '../../model.ts';
import { firstStartingAt } from '../../span.ts';
import { clauseSubject } from './clause-subjects.ts';
import { opensMainClause } from './11-narration.ts';
import { resolvePhrase } from './05-resolve.ts';
import { governorOf, type Governor } from './governed.ts';
import type { VerbTest } from './09-uncued-verbs.ts';
import { CUE_FORMS } from './data/cues.ts';
import type { Phrase } from './phrases.ts';
import { sentenceAt, type Person } from './registry.ts';
import type { SentenceWords } from './sentence-words.ts';
import type { Neighbours, SpeakerContext } from './speaker-context.ts';
import { possessiveSubject } from './possessive-subjects.ts';
import { leftToRules, phraseSightings } from './speaker-phrases.ts';
import { isPossessive, type Word } from './tokens.ts';
import { SOURCE_NOUNS } from './data/sources.ts';
import { isGenericGroup } from './speaker-eligibility.ts';
import { GROUP_NOUNS } from './data/speaker-nouns.ts';
import { isRoleNoun } from '../../lexicon/titles.ts';
import { withoutPossessive } from '../../lexicon/key.ts';

/** How many sentences before and after the quote's own a candidate may be named in. */
const SENTENCES_BEFORE = 2;
const SENTENCES_AFTER = 1;
/** How many words after a mention a cue verb counts as its own ("Smith, 54, said"). */
const CUE_REACH = 4;
/** At most this many mentions of each source are read per quote (a bound for very long sentences). */
const MAX_MENTIONS = 200;
/** A sentence's subject is looked for only when the quote opens within this many words of its start. */
const MAX_SUBJECT_WORDS = 80;

/** `phrase`: words near the quote that name no known person ("the memo", "forecasters", "I"). */
export type CandidateKind = 'person' | 'organisation' | 'phrase' | 'other';

/** What the surroundings of a speaker-less quote say about one possible speaker. */
export interface SpeakerCandidate {
  readonly key: string;
  readonly kind: CandidateKind;
  /** The speaker given when chosen: the nearest mention, as inferred. */
  speaker: Speaker;
  /** Characters between the nearest mention and the quote (-1: no mention, only a neighbour's speaker). */
  chars: number;
  /** Sentence of the nearest mention minus the quote's sentence. */
  sentenceOffset: number;
  /** Offsets (sentence minus the quote's) of every sentence the candidate is named in. */
  readonly offsets: Set<number>;
  beforeInSentence: boolean;
  afterInSentence: boolean;
  subject: boolean;
  cueNear: boolean;
  /** A mention in the quote's own sentence is followed by a cue verb ("King says Ali “...”"). */
  cueNearInSentence: boolean;
  /** Every mention in the window is inside quotation marks. */
  onlyQuoted: boolean;
  sameParagraph: boolean;
  previousSpeaker: boolean;
  nextSpeaker: boolean;
  previousSubject: boolean;
  ownSubject: boolean;
  /** Named by a pronoun that resolved to it ("he", "they"). */
  fromPronoun: boolean;
  mentions: number;
  protagonist: boolean;
  /** Read right before the quote's cue ("forecasters say"). */
  nextToCue: boolean;
  /** Read after the verb that follows the quote ("reads the editorial"). */
  afterVerb: boolean;
  /** Read right before a colon that introduces the quote. */
  beforeColon: boolean;
  /** A common noun for a document, organisation, group or role ("the memo", "a staffer"). */
  commonNoun: boolean;
  /** Its head names a document or an organisation ("the memo", "the company"). */
  document: boolean;
  /** The writer: "I", "we". */
  firstPerson: boolean;
  /** What governs the nearest mention from the left: a verb ("released a statement") or a preposition ("to Sanders"). */
  governor: Governor;
  /** Named only outside the quote's paragraph, whose own sentences before the quote's stand between (no neighbour's speaker). */
  acrossNarration: boolean;
  /** The subject of the quote's own sentence is a group in general ("Critics want it"; see isGenericGroup). */
  genericGroup: boolean;
}

/** The identity of a speaker: its entity, else the last word of its name. */
export function speakerKey(speaker: Speaker): string {
  return speaker.entity ?? `n:${(speaker.name.split(' ').pop() ?? '').toLowerCase()}`;
}

/** Characters between a span and the quote (0 when they touch or overlap). */
function gap(span: Span, quote: Span): number {
  return span.end <= quote.start ? quote.start - span.end : Math.max(0, span.start - quote.end);
}

/** True when a cue verb follows the span within a few words of its sentence; never for a possessive ("Reed’s lawyer said": the lawyer speaks). */
function cueAfter(words: readonly Word[], span: Span): boolean {
  const from = firstStartingAt(words, span.end);
  const last = words[from - 1];
  if (last && isPossessive(last)) return false;
  for (let i = from; i < words.length && i < from + CUE_REACH; i++) if (CUE_FORMS.has((words[i] as Word).lower)) return true;
  return false;
}

interface Where {
  readonly quote: Quote;
  readonly sentence: number;
  readonly paragraph: number;
  /** The words of every sentence (quotes masked) and the verb test, to read what governs a mention. */
  readonly words: SentenceWords;
  readonly isVerb: VerbTest;
}

/** Candidates by key, a new one created on first sight. */
class Ballot {
  readonly found = new Map<string, SpeakerCandidate>();

  constructor(private readonly where: Where) {}

  entry(key: string, kind: CandidateKind, speaker: Speaker, mentions: number): SpeakerCandidate {
    const known = this.found.get(key);
    if (known) return known;
    const fresh: SpeakerCandidate = {
      key, kind, speaker, chars: -1, sentenceOffset: 0, offsets: new Set(), beforeInSentence: false, afterInSentence: false,
      subject: false, cueNear: false, cueNearInSentence: false, onlyQuoted: true, sameParagraph: false, previousSpeaker: false, nextSpeaker: false,
      previousSubject: false, ownSubject: false, fromPronoun: false, mentions, protagonist: false,
      nextToCue: false, afterVerb: false, beforeColon: false, commonNoun: false, document: false, firstPerson: false, governor: null,
      acrossNarration: false, genericGroup: false,
    };
    this.found.set(key, fresh);
    return fresh;
  }

  /** Records a cue verb right after a mention of the candidate in `sentence`. */
  cue(candidate: SpeakerCandidate, sentence: number): void {
    candidate.cueNear = true;
    if (sentence === this.where.sentence) candidate.cueNearInSentence = true;
  }

  /** Records a mention of the candidate: nearest mention, sentences, flags. */
  mention(candidate: SpeakerCandidate, span: Span, sentence: number, sentences: readonly Sentence[], quoted: boolean): void {
    const { quote } = this.where;
    const offset = sentence - this.where.sentence;
    const distance = gap(span, quote);
    candidate.offsets.add(offset);
    if (offset === 0 && span.end <= quote.start) candidate.beforeInSentence = true;
    if (offset === 0 && span.start >= quote.end) candidate.afterInSentence = true;
    if (!quoted) candidate.onlyQuoted = false;
    if (sentences[sentence]?.paragraph === this.where.paragraph) candidate.sameParagraph = true;
    if (candidate.chars >= 0 && distance >= candidate.chars) return;
    candidate.chars = distance;
    candidate.sentenceOffset = offset;
    if (span.end > span.start) candidate.speaker = { ...candidate.speaker, start: span.start, end: span.end };
    candidate.governor = governorOf(this.where.words.inMasked[sentence] ?? [], span, this.where.isVerb);
  }
}

/** People the registry found named in the window, outside the quote itself. */
function addPeople(ctx: SpeakerContext, ballot: Ballot, window: Span, quote: Quote): void {
  const { registry, words } = ctx;
  const mentions = registry.mentions;
  const from = firstStartingAt(mentions, window.start);
  for (let i = from; i < mentions.length && i < from + MAX_MENTIONS; i++) {
    const m = mentions[i];
    if (!m || m.start >= window.end) break;
    if (m.start >= quote.start && m.end <= quote.end) continue;
    const person = m.person;
    const speaker: Speaker = { name: person.name, ...(person.entity === undefined ? {} : { entity: person.entity }), start: m.start, end: m.end, inferred: true };
    const candidate = ballot.entry(person.entity ?? `n:${person.key}`, 'person', speaker, person.mentionCount);
    ballot.mention(candidate, m, m.sentence, registry.sentences, m.quoted);
    candidate.protagonist = person.key === ctx.protagonist;
    if (m.subject) candidate.subject = true;
    if (!m.quoted && cueAfter(words.inMasked[m.sentence] ?? [], m)) ballot.cue(candidate, m.sentence);
  }
}

/** Organisations the entities stage found in the window, outside the quote itself. */
function addOrganisations(ctx: SpeakerContext, ballot: Ballot, window: Span, quote: Quote): void {
  const { organisations, registry, words } = ctx;
  const from = firstStartingAt(organisations, window.start);
  for (let i = from; i < organisations.length && i < from + MAX_MENTIONS; i++) {
    const m = organisations[i];
    if (!m || m.start >= window.end) break;
    if (m.start >= quote.start && m.end <= quote.end) continue;
    const sentence = sentenceAt(registry.sentences, m.start);
    const quoted = registry.masked.charAt(m.start) !== ctx.article.text.charAt(m.start);
    const candidate = ballot.entry(m.entity, 'organisation', { name: m.name, entity: m.entity, start: m.start, end: m.end, inferred: true }, m.count);
    ballot.mention(candidate, m, sentence, registry.sentences, quoted);
    if (!quoted && cueAfter(words.inMasked[sentence] ?? [], m)) ballot.cue(candidate, sentence);
  }
}

/** The speakers of the nearest quotes before and after with one are candidates. */
function addNeighbourSpeakers(ctx: SpeakerContext, ballot: Ballot, neighbours: Neighbours): void {
  const sentences = ctx.registry.sentences;
  for (const [found, flag] of [[neighbours.previous, 'previousSpeaker'], [neighbours.next, 'nextSpeaker']] as const) {
    const speaker = found?.speaker;
    if (!found || !speaker) continue;
    const candidate = ballot.entry(speakerKey(speaker), speaker.entity === undefined ? 'other' : 'person', { ...speaker, inferred: true }, 1);
    candidate[flag] = true;
    const at = speaker.start === undefined || speaker.end === undefined ? found : { start: speaker.start, end: speaker.end };
    ballot.mention(candidate, at, sentenceAt(sentences, at.start), sentences, false);
  }
}

/** True when a pronoun resolved to a person named only after it ("He came. ... Tom Reed"): no antecedent, a guess. */
function namedAfter(ctx: SpeakerContext, phrase: Phrase, person: Person | null): boolean {
  return phrase.kind === 'pronoun' && person !== null && (ctx.firstNamed.get(person.key) ?? Infinity) >= phrase.start;
}

/** A subject phrase of `words`, resolved, as a candidate ("he" -> the person it stands for, when named before it); one naming no person only by its speaker part. */
/** True when a phrase's head is a name or a noun for people, groups or documents ("the state" is none: it speaks only by its cue). */
export function namesSpeaker(phrase: Phrase): boolean {
  const head = phrase.text.split(' ').pop() ?? '';
  const lower = withoutPossessive(head.toLowerCase());
  return /^\p{Lu}/u.test(head) || SOURCE_NOUNS.has(lower) || GROUP_NOUNS.has(lower) || isRoleNoun(lower);
}

function addSubject(ctx: SpeakerContext, ballot: Ballot, words: readonly Word[], phrase: Phrase | null, flag: 'previousSubject' | 'ownSubject'): void {
  const named = resolvePhrase(phrase, { article: ctx.article, registry: ctx.registry });
  if (!phrase || !named || phrase.kind === 'first-person' || namedAfter(ctx, phrase, named.person)) return;
  const part = named.person ? phrase : speakerPart(words, phrase, ctx.isVerb);
  const resolved = part === phrase ? named : resolvePhrase(part, { article: ctx.article, registry: ctx.registry });
  if (!part || !resolved || (flag === 'previousSubject' && !resolved.person && !namesSpeaker(part))) return;
  const kind: CandidateKind = resolved.person ? 'person' : 'other';
  const speaker: Speaker = { ...resolved.speaker, inferred: true };
  const candidate = ballot.entry(speakerKey(speaker), kind, speaker, resolved.person?.mentionCount ?? 1);
  candidate[flag] = true;
  candidate.subject = true;
  if (flag === 'ownSubject' && !resolved.person) candidate.genericGroup = isGenericGroup(words.filter((w) => w.isWord && w.start >= part.start && w.end <= part.end));
  if (phrase.kind === 'pronoun') candidate.fromPronoun = true;
  ballot.mention(candidate, part, sentenceAt(ctx.registry.sentences, part.start), ctx.registry.sentences, false);
}

const SIGHTING_FLAGS = { 'cue-subject': 'nextToCue', inverted: 'afterVerb', colon: 'beforeColon', noun: 'commonNoun' } as const;

/** Phrases around the quote that name its speaker by their place (see speaker-phrases.ts); names resolved to their person. */
function addPhrases(ctx: SpeakerContext, ballot: Ballot, quote: Quote, sentence: number): void {
  const sentences = ctx.registry.sentences;
  const own = ctx.words.inMasked[sentence] ?? [];
  const previous = (sentence > 0 ? ctx.words.inMasked[sentence - 1] : undefined) ?? [];
  for (const { phrase, role, document } of phraseSightings({ own, previous, quote, cue: quote.cue, isVerb: ctx.isVerb })) {
    const resolved = phrase.kind === 'name' || phrase.kind === 'role' ? resolvePhrase(phrase, { article: ctx.article, registry: ctx.registry }) : null;
    const speaker: Speaker = resolved ? { ...resolved.speaker, inferred: true } : { name: phrase.text, start: phrase.start, end: phrase.end, inferred: true };
    const candidate = ballot.entry(speakerKey(speaker), resolved?.person ? 'person' : 'phrase', speaker, resolved?.person?.mentionCount ?? 1);
    candidate[SIGHTING_FLAGS[role]] = true;
    if (document) candidate.document = true;
    if (phrase.kind === 'first-person') candidate.firstPerson = true;
    ballot.mention(candidate, phrase, sentenceAt(sentences, phrase.start), sentences, false);
  }
}

/** Auxiliaries the verb tagger may not mark, ending a subject ("Its hosts have argued"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'do', 'does', 'did']);
/** A subject phrase of more words than this is a clause read as one ("All three candidates issued statements ..."). */
const MAX_SUBJECT_PHRASE_WORDS = 5;

/**
 * The part of a subject phrase naming no known person that can name a speaker: the words before
 * a verb, auxiliary or adverb in -ly it swallowed ("Its hosts have argued" -> "Its hosts"); null for a clause read whole (too
 * long), a lone verb, adverb or introductory word ("Typically", "Indeed,") or a headline in
 * capitals. A lone participle ("Adding that ...") is kept: a partial quote after it is its clause's,
 * so it keeps the chooser from giving that quote to someone else.
 */
export function speakerPart(words: readonly Word[], subject: Phrase, isVerb: VerbTest): Phrase | null {
  const inside = words.filter((w) => w.isWord && w.start >= subject.start && w.end <= subject.end);
  const only = inside.length === 1 ? inside[0] : undefined;
  if (only && (only.lower.endsWith('ly') || (isVerb(only) && !only.lower.endsWith('ing')) || words[words.indexOf(only) + 1]?.text === ',')) return null;
  const verb = inside.findIndex((w, k) => k > 0 && (isVerb(w) || AUXILIARIES.has(w.lower) || w.lower.endsWith('ly')));
  const kept = verb < 0 ? inside : inside.slice(0, verb);
  const last = kept[kept.length - 1];
  if (!last || kept.length > MAX_SUBJECT_PHRASE_WORDS || (kept.length > 1 && kept.every((w) => w.text === w.text.toUpperCase()))) return null;
  return verb < 0 ? subject : { ...subject, end: last.end, text: kept.map((w) => w.text).join(' ') };
}

/** The subject of a sentence's main clause up to word `to`, when the quote opens near the sentence's start. */
function mainSubject(words: readonly Word[], to: number): Phrase | null {
  if (to === 0 || to > MAX_SUBJECT_WORDS) return null;
  const subject = clauseSubject(words, 0, to);
  return subject && opensMainClause(words.slice(0, to), subject) ? subject : null;
}

/**
 * The possible speakers of `quote`: people and organisations named in its sentence, the two
 * before and the one after; the speakers of the nearest quotes before and after; the subjects of
 * the sentence before and of its own sentence up to the quote (a possessive name and its noun,
 * "Rubio’s campaign sent", when no other subject opens it first); the phrases placed to name it
 * (before its cue, after the verb that follows it, before a colon; common nouns for documents,
 * groups and roles in its sentence and the one before).
 */
export function gatherCandidates(ctx: SpeakerContext, quote: Quote, neighbours: Neighbours): SpeakerCandidate[] {
  const sentences = ctx.registry.sentences;
  const sentence = sentenceAt(sentences, quote.start);
  const own = sentences[sentence];
  const ownWords = ctx.words.inMasked[sentence] ?? [];
  if (!own || leftToRules(ownWords, quote, ctx.isVerb)) return [];
  const first = sentences[Math.max(0, sentence - SENTENCES_BEFORE)] as Sentence;
  const last = sentences[Math.min(sentences.length - 1, sentence + SENTENCES_AFTER)] as Sentence;
  const window = { start: first.start, end: last.end };
  const ballot = new Ballot({ quote, sentence, paragraph: own.paragraph, words: ctx.words, isVerb: ctx.isVerb });
  addPeople(ctx, ballot, window, quote);
  addOrganisations(ctx, ballot, window, quote);
  addNeighbourSpeakers(ctx, ballot, neighbours);
  addPhrases(ctx, ballot, quote, sentence);
  const previous = sentence > 0 ? ctx.words.inMasked[sentence - 1] : undefined;
  if (previous) addSubject(ctx, ballot, previous, mainSubject(previous, previous.length), 'previousSubject');
  const before = firstStartingAt(ownWords, quote.start);
  const subject = mainSubject(ownWords, before);
  const possessed = before > MAX_SUBJECT_WORDS ? null : possessiveSubject(ownWords, before, ctx.isVerb);
  addSubject(ctx, ballot, ownWords, possessed && (!subject || subject.start >= possessed.end) ? possessed : subject, 'ownSubject');
  const narrated = sentences[sentence - 1]?.paragraph === own.paragraph;
  for (const c of ballot.found.values()) c.acrossNarration = narrated && !c.sameParagraph && !c.previousSpeaker && !c.nextSpeaker;
  return [...ballot.found.values()];
}
