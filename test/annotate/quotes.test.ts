import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQuotes } from '../../src/annotate/quotes/index.ts';
import { findQuotedSpans } from '../../src/annotate/quotes/01-marks.ts';
import { looksLikeHeadline, quoteKind } from '../../src/annotate/quotes/03-kind.ts';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';
import { annotateQuotes, brief, ctx } from '../helpers/quotes.ts';

const annotate = annotateQuotes;

const CASES: readonly [string, string, string[]][] = [
  ['straight marks, cue after', 'Jane Doe is a senator.\n"We will win this vote," Doe said.', ['direct|Jane Doe|We will win this vote,']],
  ['curly marks, inverted cue', '“The plan is dead on arrival,” said Senator John Smith.', ['direct|John Smith|The plan is dead on arrival,']],
  ['pronoun resolved', 'Mary Jones arrived late.\n“I was stuck in traffic for hours,” she said.', ['direct|Mary Jones*|I was stuck in traffic for hours,']],
  ['pronoun skips the wrong gender', 'President Anna Kowalski met Robert Brown on Monday.\n“It went well and we agreed a lot,” he said.', ['direct|Robert Brown*|It went well and we agreed a lot,']],
  ['continuation keeps the speaker', '“We can work together,” Anna Kowalski said. “But you in your territory.”', ['direct|Anna Kowalski|We can work together,', 'direct|Anna Kowalski|But you in your territory.']],
  ['cue before with a colon', 'David Lee told the crowd: “Nothing will stop us now.”', ['direct|David Lee|Nothing will stop us now.']],
  ['guillemets', 'Pierre Martin a dit: «Nous allons gagner cette bataille.»', ['direct|Pierre Martin|Nous allons gagner cette bataille.']],
  ['german marks', 'Olaf Weber sagte: „Wir schaffen das schon bald.“', ['direct|Olaf Weber|Wir schaffen das schon bald.']],
  ['partial quote embedded', 'Maria Lopez replied that the border is “inviolable.”', ['indirect|Maria Lopez|the border is “inviolable.”', 'partial|Maria Lopez|inviolable.']],
  ['role resolved by its descriptors', 'Mexican President Ana Ruiz met U.S. President John Smith.\n“We agreed on nothing at all today,” the Mexican president said.', ['direct|Ana Ruiz*|We agreed on nothing at all today,']],
  ['a role nobody holds is the speaker as written', 'A meeting took place.\n“It was productive for everyone,” the spokesman said.', ['direct|the spokesman|It was productive for everyone,']],
  ['no cue gives no speaker', 'A meeting took place.\n“It was productive for everyone and we will meet again.”', ['direct|-|It was productive for everyone and we will meet again.']],
  ['relative clause between name and cue', '"We are ready for talks now," said Laura Chen, who was speaking at an event.', ['direct|Laura Chen|We are ready for talks now,']],
  ['indirect with that', 'Governor Paul Adams said on Friday that the bridge will reopen next month.', ['indirect|Paul Adams|the bridge will reopen next month']],
  ['indirect with according to', 'According to Mark Hill, the talks collapsed after midnight.', ['indirect|Mark Hill|the talks collapsed after midnight']],
  ['indirect with a bare pronoun clause', 'Susan Park announced she would resign in June.', ['indirect|Susan Park|she would resign in June']],
];

describe('findQuotes: table of styles', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => {
      assert.deepEqual(annotate(text).quotes.map(brief), expected);
    });
  }
});

describe('findQuotes: nested quotes', () => {
  it('the inner quote belongs to the inner cue’s subject, the outer to the outer speaker', () => {
    const text =
      'President Donald Grant spoke with President Maria Vega.\n' +
      '"In one of the calls, (Grant) said, \'How can we help you fight crime? I propose that our army come in,\'" said Vega.';
    const quotes = annotate(text).quotes;
    const outer = quotes.find((q) => q.text.startsWith('In one of the calls'));
    const inner = quotes.find((q) => q.text.startsWith('How can we help'));
    assert.equal(outer?.speaker?.name, 'Maria Vega');
    assert.equal(inner?.speaker?.name, 'Donald Grant');
    assert.equal(inner?.kind, 'direct');
  });

  it('"I" inside a quote is the outer speaker, "he" someone else', () => {
    const text =
      'Donald Grant called Maria Vega.\n' +
      '“He said, ‘Let us send troops.’ And you know what I said to him? ‘No, Mr. Grant,’” Vega recalled.';
    const quotes = annotate(text).quotes;
    assert.equal(quotes.find((q) => q.text.startsWith('Let us'))?.speaker?.name, 'Donald Grant');
    assert.equal(quotes.find((q) => q.text.startsWith('No, Mr'))?.speaker?.name, 'Maria Vega');
  });
});

describe('findQuotes: invariants', () => {
  it('spans exclude the marks, text is the slice, speaker spans point at the mention', () => {
    const article = annotate('Mary Jones arrived.\n“I was stuck in traffic for hours,” she said.');
    const [quote] = article.quotes;
    assert.ok(quote);
    assert.equal(article.text.slice(quote.start, quote.end), quote.text);
    assert.equal(article.text[quote.start - 1], '“');
    assert.equal(article.text.slice(quote.speaker?.start, quote.speaker?.end), 'she');
    assert.equal(quote.by, 'quotes');
    assert.equal(quote.cue, 'said');
  });

  it('works with entities from another stage (entity id and canonical name)', () => {
    const base = runArticleStages(emptyArticle({ id: 't', path: 't', text: 'Dr. Smith spoke.\n"We are ready," Smith said.' }), [splitSentences], ctx);
    const mentionOf = (word: string, from = 0) => {
      const start = base.text.indexOf(word, from);
      return { start, end: start + word.length, by: 'test', inferred: false };
    };
    const article = {
      ...base,
      entities: [{ id: 'e1', name: 'Alice Smith', type: 'person' as const, aliases: ['Alice Smith', 'Smith'], mentions: [mentionOf('Smith'), mentionOf('Smith', 20)], by: 'test' }],
    };
    const [quote] = extractQuotes(article);
    assert.deepEqual(quote?.speaker, { name: 'Alice Smith', entity: 'e1', start: mentionOf('Smith', 20).start, end: mentionOf('Smith', 20).end, inferred: false });
  });
});

describe('quote helpers', () => {
  it('apostrophes are not quotation marks', () => {
    const text = 'Trump’s plan and the countries’ talks don’t matter, it\'s the \'90s.';
    assert.deepEqual(findQuotedSpans(text, { start: 0, end: text.length }), []);
  });

  it('pairs mixed marks with depth and parent', () => {
    const text = '“He said, ‘go,’ then left.”';
    const spans = findQuotedSpans(text, { start: 0, end: text.length });
    assert.deepEqual(spans.map((s) => [text.slice(s.start, s.end), s.depth, s.parent]), [
      ['He said, ‘go,’ then left.', 0, null],
      ['go,', 1, 0],
    ]);
  });

  it('kind: fragments are partial, sentences direct', () => {
    assert.equal(quoteKind('inviolable.', false), 'partial');
    assert.equal(quoteKind('sovereignty is not for sale.', false), 'partial');
    assert.equal(quoteKind('No, President Trump,', true), 'direct');
    assert.equal(quoteKind('The territory cannot be violated.', false), 'direct');
  });

  it('headline lines', () => {
    assert.equal(looksLikeHeadline('- “It Sounds Like the Judge Isn’t Buying It”: Administration’s Latest Move Falls Flat'), true);
    assert.equal(looksLikeHeadline('“We can work together,” she said, drawing applause from the crowd.'), false);
  });
});
