import { splitSentences } from '../../src/annotate/sentences.ts';
import { findQuotes } from '../../src/annotate/quotes/index.ts';
import type { AnnotatedArticle, Quote } from '../../src/model.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

export const ctx = { now: '2025-06-01T00:00:00Z' };

/** A text through sentences and quotes only. */
export const annotateQuotes = (text: string): AnnotatedArticle =>
  runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences, findQuotes], ctx);

/** "kind|speaker|text" (speaker "-" when null, "*" when inferred). */
export const brief = (q: Quote): string =>
  `${q.kind}|${q.speaker ? q.speaker.name + (q.speaker.inferred ? '*' : '') : '-'}|${q.text}`;
