/**
 * Boilerplate marking: each detector (one numbered file each) proposes lines or line prefixes to
 * remove with a reason; overlapping marks are folded, the longest kept. The text never changes.
 */
import type { AnnotatedArticle, Removed } from '../../model.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { dropOverlaps, overlapsAny, sortSpans } from '../../span.ts';
import { isCovered, textLines } from '../lines.ts';
import type { Detector, Mark } from './mark.ts';
import { detectAds } from './01-ads.ts';
import { detectSignup } from './02-signup.ts';
import { detectCaptions } from './03-captions.ts';
import { detectRelated } from './04-related.ts';
import { detectCredits } from './05-credits.ts';
import { detectStandards } from './06-standards.ts';
import { detectShareBars } from './07-share.ts';
import { detectCopyright } from './08-copyright.ts';
import { detectPrompts } from './09-prompts.ts';
import { detectByline } from './10-byline.ts';
import { detectJunk } from './11-junk.ts';
import { detectEndMatter } from './12-end-matter.ts';
import { detectPaywall } from './13-paywall.ts';
import { detectDisclosures } from './14-disclosures.ts';

const STAGE = 'boilerplate';

/** The detectors, in the order a reader meets their boilerplate on a page. */
export const detectors: readonly Detector[] = [
  detectAds,
  detectSignup,
  detectCaptions,
  detectRelated,
  detectCredits,
  detectStandards,
  detectShareBars,
  detectCopyright,
  detectPrompts,
  detectByline,
  detectJunk,
  detectEndMatter,
  detectPaywall,
  detectDisclosures,
];

/** The marks of all detectors on `text`, skipping what is already removed, without overlaps. */
export function boilerplateMarks(text: string, alreadyRemoved: readonly Removed[] = []): Mark[] {
  const lines = textLines(text).filter((line) => !isCovered(line, alreadyRemoved));
  const marks = detectors.flatMap((detect) => detect(lines));
  return dropOverlaps(marks).filter((mark) => !overlapsAny(mark, alreadyRemoved));
}

export const markBoilerplate: ArticleStage = {
  name: STAGE,
  run(article: AnnotatedArticle): AnnotatedArticle {
    const marks = boilerplateMarks(article.text, article.removed);
    if (marks.length === 0) return article;
    const removed = sortSpans([...article.removed, ...marks.map((m): Removed => ({ ...m, by: STAGE }))]);
    return { ...article, removed };
  },
};
