import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openingParticipleSubject, quoterBefore, subjectBeforeQuote, subordinatedParticipleSubject } from '../../src/annotate/quotes/02-attribution.ts';
import { clauseSubject } from '../../src/annotate/quotes/clause-subjects.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { checkSpeakers, ctx, speakerTests } from '../helpers/quotes.ts';
import { ruleQuotes } from '../../src/annotate/quotes/index.ts';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { emptyArticle, runArticleStages } from '../../src/pipeline/run.ts';

const all = (s: string) => wordsOf(s, 0, s.length);
const cueIndex = (s: string, cue: string): number => all(s).findIndex((w) => w.lower === cue);

describe('participle cues tied to a clause by a subordinator share its subject', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['"while" after the main verb', 'Ana Ruiz spoke for an hour on Monday, while arguing that the state should raise its tax on fuel.', ['Ana Ruiz']],
    ['an adverb after "before"', 'Ana Ruiz declined to comment at first, before quietly suggesting that the vote could be delayed again.', ['Ana Ruiz']],
    ['"only" between the comma and the participle', 'Ana Ruiz declined to weigh in on the debate, only saying that she hoped the two sides could find a solution.', ['Ana Ruiz']],
    ['an opening phrase: the main clause subject', 'Since announcing in October that he would not run again, Tom Reed has been a loyal ally of the governor.', ['Tom Reed']],
    ['"in addition to" opening the sentence', 'In addition to stating that the plan was unfair to farmers, Ana Ruiz has vowed to repeal the law next year.', ['Ana Ruiz']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['an opening phrase whose main clause starts with no subject', 'After saying that the plan was unfair to farmers, in a long speech the crowd cheered loudly.', ['-']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');

  it('reads only participles, and only after a subordinator', () => {
    const said = 'Ana Ruiz spoke, while saying that it was over.';
    assert.equal(subordinatedParticipleSubject(all(said), cueIndex(said, 'saying'), 0)?.text, 'Ana Ruiz');
    const finite = 'Ana Ruiz spoke, while she said that it was over.';
    assert.equal(subordinatedParticipleSubject(all(finite), cueIndex(finite, 'said'), 0), null);
    const comma = 'Ana Ruiz spoke, saying that it was over.';
    assert.equal(subordinatedParticipleSubject(all(comma), cueIndex(comma, 'saying'), 0), null);
  });
});

describe('a participle after a quote with no subject of its own takes the subject of the sentence', () => {
  it('a fragment named before the participle', () => {
    checkSpeakers('It was late.\n\nTom Reed has delivered a defense of “city values,” saying the city embodied the “heart and soul of the nation.”', ['Tom Reed', 'Tom Reed']);
  });
  it('reads back to the sentence start only', () => {
    const text = 'Tom Reed left. The mayor talked up her “plan,”';
    assert.equal(subjectBeforeQuote(text, 0, text.indexOf('“'))?.text, 'The mayor');
    const none = 'Tom Reed left. over the “plan,”';
    assert.equal(subjectBeforeQuote(none, 0, none.indexOf('“')), null);
  });
});

describe('a cue-less quote opening a sentence after narration takes that sentence’s subject, as inferred', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['a named subject', 'The case is new.\n\nAna Ruiz announced the suit on Monday. “We are seeking a court order against the state.”', ['Ana Ruiz*']],
    ['a titled subject of a fragment', 'It was late.\n\nMrs. Ana Ruiz has positioned her agenda around plans to “build on the progress” of the last years.', ['Ana Ruiz*']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['a subject that is no person', 'The case is new.\n\nThe state filed the suit on Monday. “We are seeking a court order against the city.”', ['-']],
    ['a sentence of the paragraph before', 'Ana Ruiz announced the suit on Monday.\n\nIt rained. Then: “We are seeking a court order against the state.”', ['-']],
    ['a fragment whose subject follows a verb', 'It was late.\n\nVoters rejected Ana Ruiz as “a fraud on all of us” on Monday.', ['-']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');
});

describe('participle openers are no names', () => {
  const subjectOf = (s: string): string | null => clauseSubject(all(s), 0, all(s).length)?.text ?? null;
  const CASES: readonly [string, string | null][] = [
    ['Speaking to reporters in Ohio on Monday', null],
    ['Having announced the plan in Ohio', null],
    ['Speaking to reporters in Ohio, Ana Ruiz left', 'Ana Ruiz'],
    ['Browning spoke for an hour', 'Browning'],
    ['Manning said it', 'Manning'],
  ];
  for (const [text, expected] of CASES) it(`"${text}" -> ${expected}`, () => assert.equal(subjectOf(text), expected));
  it('in an article', () => {
    checkSpeakers('It was late.\n\nSpeaking to reporters in Ohio on Monday, Ana Ruiz called the plan “a fraud on voters.”', ['Ana Ruiz']);
  });
});

describe('a subject-less cue shares the subject of the quote before it across an abbreviation', () => {
  it('"Rep." and "(D-Va.)" end no sentence: the clause subject is read as written', () => {
    checkSpeakers('It was late.\n\n“It is not new in Virginia,” said Rep. Tom Reed (D-Va.) at the time, adding that “we have elected them for a long time.”', ['Tom Reed', 'Tom Reed']);
  });
  it('a real sentence end still stops it (the rules give no speaker; the chooser may infer one)', () => {
    const text = 'It was late.\n\n“It is not new in Virginia,” said Tom Reed. Adding that “we have elected them for a long time.”';
    const article = runArticleStages(emptyArticle({ id: 't', path: 't.txt', text }), [splitSentences], ctx);
    assert.deepEqual(ruleQuotes(article).quotes.map((q) => q.speaker?.name ?? '-'), ['Tom Reed', '-']);
  });
});

describe('a cue opening its sentence as a participle phrase takes the main clause’s subject', () => {
  const CASES: readonly [string, string, string[]][] = [
    ['a participle first', 'It was late.\n\nArguing that the plan was “a fraud on voters” and a waste, Ana Ruiz left the room.', ['Ana Ruiz', 'Ana Ruiz*']],
    ['"having" before the cue', 'It was late.\n\nHaving said on Monday that the plan was “a fraud on voters” and a waste, the mayor left the room.', ['the mayor', 'the mayor*']],
  ];
  const NEGATIVE: readonly [string, string, string[]][] = [
    ['a main clause opening with no subject', 'It was late.\n\nArguing that the plan was “a fraud on voters” and a waste, in a long speech the crowd cheered.', ['-', '-']],
  ];
  speakerTests(CASES);
  speakerTests(NEGATIVE, 'not: ');
  const WORDS: readonly [string, string, string | null][] = [
    ['Arguing that it was over, Ana Ruiz left.', 'arguing', 'Ana Ruiz'],
    ['Having said that it was over, the mayor left.', 'said', 'the mayor'],
    ['not: a participle after the main clause: Ana Ruiz left, arguing that it was over.', 'arguing', null],
    ['not: a word before the participle: Then arguing that it was over, Ana Ruiz left.', 'arguing', null],
    ['not: a finite cue first: Manning said that it was over, and left.', 'said', null],
  ];
  for (const [what, cue, expected] of WORDS) {
    it(what, () => {
      const text = what.replace(/^not: [^:]*: /u, '');
      assert.equal(openingParticipleSubject(all(text), cueIndex(text, cue), 0)?.text ?? null, expected);
    });
  }
});

describe('"X quoted Y as saying": the words rest on X', () => {
  const CASES: readonly [string, string | null][] = [
    ['The Times quoted an aide as saying that it was over.', 'Times'],
    ['The report cited a senior aide to the mayor of the city as saying that it was over.', 'The report'],
    ['not: no quoting verb: The aide was seen as saying that it was over.', null],
    ['not: the quoting verb in the sentence before: The Times quoted him. An aide was heard as saying that it was over.', null],
    ['not: no "as": The Times quoted an aide saying that it was over.', null],
  ];
  for (const [what, expected] of CASES) {
    it(what, () => {
      const text = what.replace(/^not: [^:]*: /u, '');
      assert.equal(quoterBefore(all(text), cueIndex(text, 'saying'), 0)?.text ?? null, expected);
    });
  }
  it('in an article: stated, not inferred', () => {
    checkSpeakers('It was late.\n\nThe Times quoted a senior aide to the mayor as saying that the plan was “a fraud on voters.”', ['Times', 'Times']);
  });
});
