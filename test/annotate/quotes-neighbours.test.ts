import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { antecedentOf } from '../../src/annotate/quotes/relatives.ts';
import { introAttribution, introSentence } from '../../src/annotate/quotes/08-intro.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { annotateQuotes, brief } from '../helpers/quotes.ts';

const annotate = annotateQuotes;

/** Speakers found across sentences and quote levels: an intro paragraph, a relative pronoun, a quote in a quote, a naming verb. */
const CASES: readonly [string, string, string[]][] = [
  [
    'a paragraph ending in a cue and a colon introduces the quote paragraph',
    'Jane Roe says:\n\n“The roads were blocked off by soldiers all night long.”',
    ['direct|Jane Roe|The roads were blocked off by soldiers all night long.'],
  ],
  [
    'a colon sentence without a cue: its opening subject speaks',
    'Senator Paul Lark then listed the qualities he looks for:\n\n“A record of leadership and a firm commitment to principle.”',
    ['direct|Paul Lark|A record of leadership and a firm commitment to principle.'],
  ],
  [
    'the quote paragraphs after the introduced one continue it',
    'Jane Roe says:\n\n“The roads were blocked off by soldiers all night long.\n\n“Nobody could leave the town before dawn.”',
    ['direct|Jane Roe|The roads were blocked off by soldiers all night long.', 'direct|Jane Roe|Nobody could leave the town before dawn.'],
  ],
  [
    'a relative pronoun stands for the name before it',
    'The plan was backed by Ana Torres, who said it would “save the harbour for good.”',
    ['partial|Ana Torres|save the harbour for good.'],
  ],
  [
    'a quote inside a quote without a cue is the outer speaker’s words',
    '“It was all ‘Sign here, sign now, sign everything’ with those people,” Tom Bell said.',
    ['direct|Tom Bell|It was all ‘Sign here, sign now, sign everything’ with those people,', 'direct|Tom Bell*|Sign here, sign now, sign everything'],
  ],
  [
    'a naming verb cues the quoted words it governs',
    'Gov. Jeb Hale called the proposal “a costly and reckless mistake.”',
    ['partial|Jeb Hale|a costly and reckless mistake.'],
  ],
];

const NEGATIVE: readonly [string, string, string[]][] = [
  [
    'an interjection before a colon is no speaker',
    'Wait, it gets better:\n\n“By law the budget is set every single year by the council.”',
    ['direct|-|By law the budget is set every single year by the council.'],
  ],
  [
    'a subject after an opening clause is not taken without a cue',
    'When Wallace died in 1998, the mayor released the following statement:\n\n“We offer our condolences to the family and friends of the governor.”',
    ['direct|-|We offer our condolences to the family and friends of the governor.'],
  ],
  [
    'a quote inside a quote with a cue of its own keeps it',
    '“They came to me and said ‘sign this now, it is a great deal for you,’ and I refused,” Tom Bell said.',
    ['direct|Tom Bell|They came to me and said ‘sign this now, it is a great deal for you,’ and I refused,', 'partial|-|sign this now, it is a great deal for you,'],
  ],
  [
    'a naming participle after a common noun gives a name, not a quote',
    'Members of a group called “Project Blue” met on Friday.',
    [],
  ],
  [
    'a paragraph without a colon and without a person as its subject introduces nothing',
    'The storm hit the coast in the night.\n\n“The roads were blocked off by soldiers all night long.”',
    ['direct|-|The roads were blocked off by soldiers all night long.'],
  ],
  [
    '"which" with its own subject after it is not the speaker',
    'He called the plan, which some have argued was a trick, “a disgrace to this town.”',
    ['partial|-|a disgrace to this town.'],
  ],
];

describe('findQuotes: speakers from neighbouring words', () => {
  for (const [what, text, expected] of CASES) it(what, () => assert.deepEqual(annotate(text).quotes.map(brief), expected));
  for (const [what, text, expected] of NEGATIVE) it(`not: ${what}`, () => assert.deepEqual(annotate(text).quotes.map(brief), expected));
});

describe('intro sentences', () => {
  const text = 'Jane Roe says:\n\n“The roads were blocked.”';
  const article = annotate(text);
  it('finds the colon sentence of the paragraph before', () => {
    const intro = introSentence(article.sentences, text, 1, text.indexOf('“'));
    assert.equal(intro === null ? null : text.slice(intro.start, intro.end), 'Jane Roe says:');
  });
  it('refuses a sentence of the same paragraph', () => assert.equal(introSentence(article.sentences, text, 0, text.indexOf('“')), null));
  it('takes the cue and its subject', () => {
    const intro = introSentence(article.sentences, text, 1, text.indexOf('“'));
    const attribution = intro ? introAttribution(text, intro) : null;
    assert.deepEqual([attribution?.cue.text, attribution?.phrase?.text], ['says', 'Jane Roe']);
  });
});

describe('antecedentOf', () => {
  const cases: [string, string | null][] = [
    ['backed by Ana Torres, who said', 'Ana Torres'],
    ['the two senators who said', 'two senators'],
    ['as Sen. Bo Lee (who said', 'Bo Lee'],
    ['about his, who said', null],
    ['who said', null],
  ];
  for (const [text, expected] of cases) {
    it(`${text} -> ${String(expected)}`, () => {
      const words = wordsOf(text, 0, text.length);
      const who = words.findIndex((w) => w.lower === 'who');
      assert.equal(antecedentOf(words, who)?.text ?? null, expected);
    });
  }
});
