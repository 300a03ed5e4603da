import type { AnnotatedArticle, Sentence, Span } from '../../model.ts';
import { overlapsAny } from '../../span.ts';
import { countryOf } from '../../lexicon/countries.ts';
import { endsPossessive, withoutPossessive } from '../../lexicon/key.ts';
import { givenNameGender, isGivenName, type Gender } from '../../lexicon/given-names.ts';
import { isRoleNoun, isTitleWord, titleGender } from '../../lexicon/titles.ts';
import { looksLikeHeadline } from './03-kind.ts';
import { phraseStartingAt } from './phrases.ts';
import type { SentenceWords } from './sentence-words.ts';
import { isPossessive, type Word } from './tokens.ts';

/** A person the article mentions, from the entities stage or, without it, from the text. */
export interface Person {
  readonly key: string;
  readonly name: string;
  readonly entity?: string;
  gender: Gender | null;
  /** Role nouns and countries written around the name ("president", "france"). */
  readonly descriptors: Set<string>;
  mentionCount: number;
}

export interface PersonMention extends Span {
  readonly person: Person;
  /** The mention is the subject of its sentence, or the resolved speaker of a cue there. */
  readonly subject: boolean;
  /** Inside quotation marks: the speaker's words, never an antecedent. */
  readonly quoted: boolean;
  readonly sentence: number;
}

export interface Registry {
  readonly people: readonly Person[];
  readonly mentions: PersonMention[];
  readonly sentences: readonly Sentence[];
  /** The article's text with the top-level quotes masked: what narration says, not what speakers say. */
  readonly masked: string;
  /** The longest name written for each last word, people or not ("doe" -> "Jane Doe"). */
  readonly fullNames: ReadonlyMap<string, string>;
}

/** Index of the sentence containing `pos` (binary search), or -1. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(-1, hi);
}

const PREPOSITIONS = new Set(['to', 'from', 'by', 'with', 'of', 'for', 'against', 'on', 'at', 'about', 'than', 'over']);
const isDescriptor = (w: Word): boolean =>
  isTitleWord(w.lower) || isRoleNoun(w.lower) || countryOf(w.text) !== undefined;

/** Role nouns, titles and countries right before a name, or in an apposition right after it. */
export function descriptorsAround(words: readonly Word[], first: number, last: number): string[] {
  const found: string[] = [];
  const add = (w: Word): void => {
    const country = countryOf(w.text);
    found.push(country ?? withoutPossessive(w.lower));
  };
  for (let i = first - 1, commas = 0; i >= 0 && i >= first - 6; i--) {
    const w = words[i] as Word;
    if (w.text === ',' && commas++ === 0) continue;
    if (!w.isWord || !(isDescriptor(w) || w.lower === 'the')) break;
    if (w.lower !== 'the') add(w);
  }
  if (words[last + 1]?.text === ',') {
    for (let i = last + 2; i < words.length && i <= last + 6; i++) {
      const w = words[i] as Word;
      if (!w.isWord) break;
      if (isDescriptor(w)) add(w);
    }
  }
  return found;
}

/** Words `phraseStartingAt` may open a name or a role at (the others give null or a lone pronoun). */
const mayStartName = (w: Word): boolean => w.cap || w.lower === 'the' || w.text === '(';

interface RawMention extends Span {
  readonly key: string;
  readonly text: string;
  readonly evidence: boolean;
  readonly descriptors: string[];
  readonly afterPreposition: boolean;
  readonly possessive: boolean;
  readonly sentence: number;
}

/** Capitalised names in the sentences; a name is a person's when a title or a given name says so. */
function mentionsFromText(article: AnnotatedArticle, sentenceWords: SentenceWords): RawMention[] {
  const found: RawMention[] = [];
  article.sentences.forEach((sentence, index) => {
    if (looksLikeHeadline(article.text.slice(sentence.start, sentence.end))) return;
    const words = sentenceWords.plain[index] ?? [];
    for (let i = 0; i < words.length; i++) {
      if (!mayStartName(words[i] as Word)) continue;
      const hit = phraseStartingAt(words, i);
      if (!hit) continue;
      const { phrase, last } = hit;
      i = last;
      if (phrase.kind !== 'name' || phrase.nonPerson) continue;
      let first = i;
      while (first > 0 && (words[first] as Word).start > phrase.start) first--;
      const names = phrase.text.split(' ');
      const descriptors = descriptorsAround(words, first, last);
      const given = names.length > 1 && isGivenName(names[0] ?? '');
      found.push({
        start: phrase.start,
        end: phrase.end,
        key: (names[names.length - 1] ?? '').toLowerCase(),
        text: phrase.text,
        evidence: given || descriptors.some(isTitleWord),
        descriptors,
        afterPreposition: PREPOSITIONS.has(words[first - 1]?.lower ?? ''),
        possessive: phrase.possessive || isPossessive(words[last] as Word),
        sentence: index,
      });
    }
  });
  return found;
}

/** The first of `mentions` (sorted, not overlapping each other) that overlaps `span`. */
function overlappingMention(mentions: readonly RawMention[], span: Span): RawMention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as RawMention).end <= span.start) low = mid + 1;
    else high = mid;
  }
  const found = mentions[low];
  return found && found.start < span.end ? found : undefined;
}

function genderOf(name: string, descriptors: Iterable<string>): Gender | null {
  for (const d of descriptors) {
    const gender = titleGender(d);
    if (gender) return gender;
  }
  return givenNameGender(name.split(' ')[0] ?? '');
}

/**
 * People from the entities stage, or from names in the text; mentions sorted, subjects marked.
 * `words` are the sentences' words with `quoted` (the top-level quotes) masked.
 */
export function buildRegistry(article: AnnotatedArticle, quoted: readonly Span[], words: SentenceWords): Registry {
  const people = new Map<string, Person>();
  const raw: (RawMention & { person: Person })[] = [];
  const personEntities = article.entities.filter((e) => e.type === 'person');
  const textMentions = mentionsFromText(article, words);
  if (personEntities.length > 0) {
    for (const entity of personEntities) {
      const person: Person = { key: entity.id, name: entity.name, entity: entity.id, gender: null, descriptors: new Set(), mentionCount: 0 };
      people.set(entity.id, person);
      for (const m of entity.mentions) {
        const sentence = sentenceAt(article.sentences, m.start);
        const near = overlappingMention(textMentions, m);
        raw.push({ start: m.start, end: m.end, key: entity.id, text: article.text.slice(m.start, m.end), evidence: true, descriptors: near?.descriptors ?? [], afterPreposition: near?.afterPreposition ?? false, possessive: near?.possessive ?? endsPossessive(article.text.slice(m.start, m.end)), sentence, person });
      }
    }
  } else {
    const established = new Set(textMentions.filter((m) => m.evidence).map((m) => m.key));
    for (const m of textMentions) {
      if (!established.has(m.key)) continue;
      let person = people.get(m.key);
      if (!person) {
        person = { key: m.key, name: m.text, gender: null, descriptors: new Set(), mentionCount: 0 };
        people.set(m.key, person);
      }
      if (m.evidence && m.text.split(' ').length > person.name.split(' ').length) people.set(m.key, (person = { ...person, name: m.text }));
      raw.push({ ...m, person });
    }
  }
  const fullNames = new Map<string, string>();
  for (const m of textMentions) if (m.text.length > (fullNames.get(m.key)?.length ?? 0)) fullNames.set(m.key, m.text);
  return { ...finish(article, [...people.values()], raw, quoted, words.masked), fullNames };
}

function finish(article: AnnotatedArticle, people: Person[], raw: readonly (RawMention & { person: Person })[], quoted: readonly Span[], masked: string): Omit<Registry, 'fullNames'> {
  const byKey = new Map(people.map((p) => [p.key, p]));
  const mentions: PersonMention[] = [];
  const subjectTaken = new Set<number>();
  for (const m of [...raw].sort((a, b) => a.start - b.start)) {
    const person = byKey.get(m.person.key) as Person;
    person.mentionCount++;
    for (const d of m.descriptors) person.descriptors.add(d);
    const isQuoted = overlapsAny(m, quoted);
    const subject = !isQuoted && !m.possessive && !m.afterPreposition && !subjectTaken.has(m.sentence);
    if (subject) subjectTaken.add(m.sentence);
    mentions.push({ start: m.start, end: m.end, person, subject, quoted: isQuoted, sentence: m.sentence });
  }
  for (const person of people) person.gender = genderOf(person.name, person.descriptors);
  votePronounGenders(masked, article.sentences, mentions);
  return { people, mentions, sentences: article.sentences, masked };
}

/**
 * A person without a known gender takes the one of the pronouns used in sentences where they are
 * the only person named outside quotes ("Smith raised taxes ... over his view").
 */
function votePronounGenders(masked: string, sentences: readonly Sentence[], mentions: readonly PersonMention[]): void {
  const votes = new Map<Person, number>();
  const bySentence = new Map<number, Set<Person>>();
  for (const m of mentions) if (!m.quoted) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, new Set()).get(m.sentence))?.add(m.person);
  for (const [index, persons] of bySentence) {
    const [only] = persons;
    if (persons.size !== 1 || !only || only.gender !== null) continue;
    const sentence = sentences[index] as Sentence;
    const text = masked.slice(sentence.start, sentence.end);
    const male = /\b(?:he|his|him)\b/i.test(text);
    const female = /\b(?:she|her|hers)\b/i.test(text);
    if (male !== female) votes.set(only, (votes.get(only) ?? 0) + (male ? 1 : -1));
  }
  for (const [person, score] of votes) if (score !== 0) person.gender = score > 0 ? 'm' : 'f';
}
