import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadPolnear } from '../../src/eval/polnear.ts';
import {
  emptyTally,
  isDirectContent,
  metricsOf,
  namesSamePerson,
  quotedMask,
  isRelativePronoun,
  quotesTask,
  rawArticleOf,
  relativeAntecedent,
  runQuotesEval,
  scoreArticle,
  sourceNames,
  spansMatch,
  surnameOf,
} from '../../src/eval/tasks/quotes.ts';
import type { Quote, QuoteKind, Speaker } from '../../src/model.ts';

const mini = join(import.meta.dirname, '..', 'fixtures', 'eval', 'polnear-mini');
const [alpha, beta] = loadPolnear(mini, 'dev');

function quote(text: string, start: number, end: number, kind: QuoteKind, speaker: Speaker | null): Quote {
  return { start, end, text: text.slice(start, end), kind, speaker, by: 'test', inferred: false };
}

function quoted(text: string): string {
  const mask = quotedMask(text);
  return [...text].filter((_, i) => mask[i] === 1).join('');
}

describe('quotedMask', () => {
  const cases: [string, string][] = [
    ['He said “yes” and left.', '“yes”'],
    ['He said "yes" and "no".', '"yes""no"'],
    ['“One paragraph goes on\n“and closes here.” Then prose.', '“One paragraph goes on“and closes here.”'],
    ['No quotes at all, only it’s apostrophes.', ''],
    ["''Archive style,'' he said, ''with doubled apostrophes.''", "''Archive style,''''with doubled apostrophes.''"],
    ['A stray ” closing mark opens nothing.', ''],
  ];
  for (const [text, expected] of cases) it(`marks ${JSON.stringify(expected)}`, () => assert.equal(quoted(text), expected));
});

describe('isDirectContent', () => {
  const text = 'She said “we will win the vote today.” He added that “nobody wants a rushed deal.” They fear losing.';
  const mask = quotedMask(text);
  const span = (part: string) => [{ start: text.indexOf(part), end: text.indexOf(part) + part.length }];
  it('takes a fully quoted content as direct', () => assert.equal(isDirectContent(text, mask, span('“we will win the vote today.”')), true));
  it('refuses a paraphrase with a quoted part', () => assert.equal(isDirectContent(text, mask, span('that “nobody wants a rushed deal.”')), false));
  it('refuses a paraphrase', () => assert.equal(isDirectContent(text, mask, span('losing')), false));
});

describe('spansMatch', () => {
  const cases: [string, [number, number][], [number, number][], boolean][] = [
    ['overlap of exactly half the shorter', [[0, 10]], [[5, 20]], true],
    ['overlap under half the shorter', [[0, 10]], [[6, 20]], false],
    ['a short span inside a long one', [[50, 55]], [[0, 100]], true],
    ['no overlap', [[0, 10]], [[10, 20]], false],
    ['fragments counted together', [[0, 10]], [[0, 4], [30, 34]], true],
    ['an empty span', [[5, 5]], [[0, 10]], false],
  ];
  const spans = (pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));
  for (const [what, a, b, expected] of cases) {
    it(what, () => {
      assert.equal(spansMatch(spans(a), spans(b)), expected);
      assert.equal(spansMatch(spans(b), spans(a)), expected);
    });
  }
});

describe('speaker names', () => {
  const cases: [string, string, boolean][] = [
    ['Hillary Clinton', 'Clinton’s campaign', true],
    ['Donald Trump Jr.', 'Trump', true],
    ['Ellen Park', 'PARK', true],
    ['Ellen Park', 'the mayor', false],
    ['Ellen Park', 'Parkinson', false],
    ['he', 'he', false],
  ];
  for (const [predicted, gold, expected] of cases) {
    it(`${predicted} vs ${gold}`, () => assert.equal(namesSamePerson(predicted, gold), expected));
  }
  it('takes the last word of a name, suffixes skipped', () => {
    assert.equal(surnameOf('Martin Luther King Jr.'), 'king');
    assert.equal(surnameOf(''), null);
  });
  it('lets a pronoun source name the nearest earlier named source', () => {
    const names = sourceNames(alpha!.text, alpha!.attributions);
    assert.deepEqual([...names.values()], ['Mayor Ellen Park', 'Park', 'She Park', 'Critics']);
  });
});

describe('relative pronoun sources', () => {
  const cases: [string, string | null][] = [
    ['The plan was backed by Ana Torres, who', 'Ana Torres'],
    ['It was signed by Sen. Bo Lee (D-Ore.), who', 'Sen. Bo Lee'],
    ['Donald Trump Jr., who', 'Donald Trump Jr.'],
    ['Several of the two senators who', 'two senators'],
    ['Republican voters who', 'voters'],
    ['the ‘Wyoming first’ push, which', 'the ‘Wyoming first’ push'],
    ['many angry and tired rural Republican voters who', 'voters'],
    ['Voters are rejecting him. Who', null],
    ['It helped the party and who', null],
    ['including 18% who', null],
  ];
  for (const [text, expected] of cases) {
    it(`${text} -> ${String(expected)}`, () => assert.equal(relativeAntecedent(text, text.lastIndexOf(' ') + 1), expected));
  }
  it('knows relative pronouns from personal ones', () => {
    assert.deepEqual(['who', 'Which', 'whom', 'he', 'who said'].map(isRelativePronoun), [true, true, true, false, false]);
  });
  it('lets a relative pronoun source name its antecedent, and a later pronoun borrow it', () => {
    const text = 'Ana Torres, who said the plan works, left. He said so too.';
    const span = (part: string) => [{ start: text.indexOf(part), end: text.indexOf(part) + part.length }];
    const gold = [
      { id: 'E1', source: span('who'), cue: span('said the'), content: span('the plan works') },
      { id: 'E2', source: span('He'), cue: span('said so'), content: span('so') },
    ];
    assert.deepEqual([...sourceNames(text, gold).values()], ['who Ana Torres', 'He Ana Torres']);
  });
});

describe('scoreArticle and metricsOf', () => {
  const a = alpha!.text;
  const b = beta!.text;
  const park = { name: 'Ellen Park', inferred: false };
  const tally = emptyTally();
  scoreArticle(tally, a, [
    quote(a, 29, 67, 'direct', { ...park, start: 75, end: 85 }),
    quote(a, 114, 152, 'indirect', park),
    quote(a, 171, 198, 'partial', { ...park, inferred: true }),
    quote(a, 0, 10, 'direct', null),
    quote(a, 215, 238, 'indirect', { name: 'Mayor Ellen Park', start: 69, end: 85, inferred: false }),
  ], alpha!.attributions);
  scoreArticle(tally, b, [quote(b, 89, 133, 'direct', null), quote(b, 136, 175, 'indirect', null)], beta!.attributions);

  it('counts predictions, gold and matches by kind', () => {
    assert.deepEqual(tally, {
      directPredicted: 3, directPredictedMatched: 2, directGold: 2, directGoldMatched: 2,
      allPredicted: 7, allPredictedMatched: 6, allGold: 6, allGoldMatched: 6,
      speakerJudged: 5, speakerCorrect: 3, speakerGiven: 4, directSpeakerJudged: 2, directSpeakerCorrect: 1,
    });
  });

  it('turns the counts into the metrics', () => {
    const metrics = metricsOf(tally, 2);
    assert.ok(Math.abs(metrics.direct_precision! - 2 / 3) < 1e-9);
    assert.equal(metrics.direct_recall, 1);
    assert.ok(Math.abs(metrics.direct_f1! - 0.8) < 1e-9);
    assert.ok(Math.abs(metrics.all_precision! - 6 / 7) < 1e-9);
    assert.equal(metrics.all_recall, 1);
    assert.equal(metrics.speaker_accuracy, 0.6);
    assert.equal(metrics.articles, 2);
  });

  it('gives zeros, not NaN, when nothing was predicted', () => {
    const metrics = metricsOf(emptyTally(), 0);
    assert.ok(Object.values(metrics).every((v) => v === 0));
  });
});

describe('the quotes task', () => {
  it('hands the pipeline the text, title and publication date', () => {
    const { id, path, text } = alpha!;
    assert.deepEqual(rawArticleOf(alpha!), { id, path, text, title: 'Council Delays Budget Vote', publishedAt: '2020-01-14' });
  });

  it('runs the pipeline on the dev split of the mini fixture', async () => {
    const result = await quotesTask.run(mini);
    assert.equal(result.task, 'quotes');
    assert.equal(result.dataset, 'polnear');
    assert.equal(result.articles, 2);
    assert.equal(result.metrics.articles, 2);
    assert.equal(result.metrics.direct_recall, 1);
    assert.equal(result.metrics.direct_precision, 1);
    for (const value of Object.values(result.metrics)) assert.ok(Number.isFinite(value));
  });

  it('runs the train split when asked', async () => {
    const result = await runQuotesEval(mini, 'train');
    assert.equal(result.articles, 1);
    assert.equal(result.metrics.direct_recall, 1);
    assert.equal(result.metrics.speaker_accuracy, 1);
  });
});
