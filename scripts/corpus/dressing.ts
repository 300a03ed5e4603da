/**
 * What an outlet wraps around a body: its name, a headline, a byline line before the body and a
 * boilerplate line after it. Syndicated copies keep the body and change all of these.
 * Text layout: `header \n\n body \n\n footer` (header and footer are one paragraph each).
 */
import { months } from './lexicon.ts';
import { givenNames, inventWord } from './names.ts';
import { Rng, streams } from './random.ts';

const outletCount = 400;
const outletSuffixes = ['Times', 'Herald', 'Post', 'Tribune', 'Gazette', 'Courier', 'Chronicle', 'Daily', 'News', 'Observer', 'Ledger', 'Review', 'Standard', 'Wire', 'Journal', 'Sentinel', 'Dispatch', 'Record'];

/** The outlets of a corpus: invented names, the same for the same seed. */
export function outletNames(seed: number): string[] {
  const rng = new Rng(seed, streams.outlets);
  const names = new Set<string>();
  while (names.size < outletCount) names.add(`${rng.chance(0.4) ? 'The ' : ''}${inventWord(rng)} ${rng.pick(outletSuffixes)}`);
  return [...names];
}

/** An outlet, skewed so a few outlets publish much of the news. */
export function pickOutlet(rng: Rng, outlets: readonly string[]): string {
  return outlets[Math.floor(outlets.length * rng.next() ** 3)] ?? rng.pick(outlets);
}

/** A headline: the first 6-11 words of one of the first sentences, without a dateline or final punctuation. */
export function headline(rng: Rng, sentences: readonly string[]): string {
  const sentence = rng.pick(sentences.slice(0, 3)).replace(/^[A-Z]{2,40} — /, '');
  const words = sentence.split(' ', rng.between(6, 11)).join(' ');
  return words.replace(/[\s,;:.!?"“”’'-]{1,10}$/, '');
}

export function byline(rng: Rng, outlet: string, year: number): string {
  const writer = `${rng.pick(givenNames)} ${inventWord(rng)}`;
  switch (rng.int(4)) {
    case 0:
      return `By ${writer}`;
    case 1:
      return `By ${writer}, ${outlet}`;
    case 2:
      return `${outlet} staff`;
    default:
      return `Published ${rng.pick(months)} ${rng.between(1, 28)}, ${year}`;
  }
}

export function footer(rng: Rng, outlet: string, year: number): string {
  switch (rng.int(4)) {
    case 0:
      return `© ${year} ${outlet}. All rights reserved.`;
    case 1:
      return `Sign up for the ${outlet} newsletter to get the day's top stories.`;
    case 2:
      return `Follow ${outlet} for more updates on this story.`;
    default:
      return `Copyright ${year} ${outlet}. This material may not be published, broadcast, rewritten or redistributed.`;
  }
}
