import type { Parser, ParsingContext } from 'chrono-node';

/** "the 2010s", "the early 1990s": decade precision, value "201X". */
export const decadeParser: Parser = {
  pattern: () => /(?<![\p{L}\p{N}$€£¥#])((?:18|19|20)\d)0s(?![\p{L}\p{N}])/iu,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = Number(`${match[1] ?? ''}0`);
    return context
      .createParsingComponents({ year })
      .imply('month', 1)
      .imply('day', 1)
      .addTag('newsprism/decade');
  },
};
