import type { Quote } from '../../model.ts';
import { DETERMINERS, GROUP_NOUNS } from './data/speaker-nouns.ts';
import type { SpeakerCandidate } from './speaker-candidates.ts';
import { hasSpeechEvidence } from './speaker-features.ts';
import { isPossessive, type Word } from './tokens.ts';

/**
 * True when the words name a group in general, not particular speakers: a plural group noun
 * with no determiner, number or owner before it, and no name in it ("Critics", "Voters",
 * "Democratic voters"; not "Two analysts", "Its critics", "United Mine Workers").
 */
export function isGenericGroup(words: readonly Word[]): boolean {
  const first = words[0];
  const head = words[words.length - 1];
  if (!first || !head || !GROUP_NOUNS.has(head.lower) || DETERMINERS.has(first.lower)) return false;
  return words.every((w, k) => w.isWord && !isPossessive(w) && !/\d/u.test(w.text) && (k === 0 || !w.cap));
}

/** True when a cue ties the candidate to speech: its own cue verb or its place by the quote's cue or colon. */
const spokeByCue = (c: SpeakerCandidate): boolean => c.cueNear || c.nextToCue || c.afterVerb || c.beforeColon;

/**
 * True when the chooser may give `quote` to the candidate: it shows some evidence of speech (see
 * hasSpeechEvidence); it is named in the quote's paragraph unless that paragraph opens with the
 * quote's sentence (see `acrossNarration`); and a group in general with no cue of its own does
 * not speak a fragment ("Critics want it “to be buried”": the writer's words about them).
 */
export function isEligible(candidate: SpeakerCandidate, quote: Pick<Quote, 'kind'>): boolean {
  if (!hasSpeechEvidence(candidate) || candidate.acrossNarration) return false;
  return !(quote.kind === 'partial' && candidate.genericGroup && !spokeByCue(candidate));
}
