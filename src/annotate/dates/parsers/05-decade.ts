import type { Parser, ParsingContext } from 'chrono-node';

/** Built once: chrono asks for the pattern on every parse. */
const DECADE = /(?<![\p{L}\p{N}$€£¥#])((?:18|19|20)\d)0s(?![\p{L}\p{N}])/iu;

/** "the 2010s", "the early 1990s": decade precision, value "201X". */
export const decadeParser: Parser = {
  pattern: () => DECADE,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = Number(`${match[1] ?? ''}0`);
    return context
      .createParsingComponents({ year })
      .imply('month', 1)
      .imply('day', 1)
      .addTag('newsprism/decade');
  },
};
