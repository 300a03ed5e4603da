import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { NewsprismError } from '../../src/errors.ts';
import { codePointToUtf16, loadPolnear, parseMetadata, parseStandoff } from '../../src/eval/polnear.ts';
import type { Span } from '../../src/model.ts';

const mini = join(import.meta.dirname, '..', 'fixtures', 'eval', 'polnear-mini');
const scratch = mkdtempSync(join(tmpdir(), 'newsprism-polnear-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const isDatasetError = (pattern: RegExp) => (e: unknown): boolean => e instanceof NewsprismError && e.code === 'E_DATASET' && pattern.test(e.message);
const slices = (text: string, spans: readonly Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('loadPolnear on the mini fixture', () => {
  const dev = loadPolnear(mini, 'dev');

  it('keeps the annotated articles of the split, sorted, with metadata', () => {
    assert.deepEqual(dev.map((a) => a.id), ['alpha_2020-01-14_council-delays-budget', 'beta_2020-02-03_port-strike-enters']);
    assert.equal(dev[0]!.publishedAt, '2020-01-14');
    assert.equal(dev[0]!.title, 'Council Delays Budget Vote');
    assert.match(dev[0]!.path, /dev\/text\/alpha_2020-01-14_council-delays-budget\.txt$/u);
  });

  it('keeps the first annotator in sort order when several annotated an article', () => {
    assert.equal(dev[0]!.annotator, 'a1');
    assert.equal(dev[0]!.attributions.length, 4);
    assert.equal(dev[1]!.annotator, 'c3');
  });

  it('reads source, cue and content spans that slice the text', () => {
    const [first, , third] = dev[0]!.attributions;
    const text = dev[0]!.text;
    assert.deepEqual(slices(text, first!.content), ['“We need more time to read the numbers,”']);
    assert.deepEqual(slices(text, first!.source), ['Mayor Ellen Park']);
    assert.deepEqual(slices(text, first!.cue), ['said']);
    assert.deepEqual(slices(text, third!.source), ['She']);
  });

  it('reads discontinuous contents and attributions without a source', () => {
    const [quote, expected] = dev[1]!.attributions;
    const text = dev[1]!.text;
    assert.deepEqual(slices(text, quote!.content), ['“The talks have stalled,”', '“We will stay out until the contract is fair.”']);
    assert.deepEqual(expected!.source, []);
    assert.deepEqual(slices(text, expected!.content), ['Shipping', 'to resume in March']);
  });

  it('loads the train split on its own', () => {
    const train = loadPolnear(mini, 'train');
    assert.deepEqual(train.map((a) => [a.id, a.attributions.length]), [['gamma_2019-11-20_airport-plan-wins', 1]]);
  });

  it('names the missing folder', () => {
    assert.throws(() => loadPolnear(scratch, 'dev'), isDatasetError(/dev\/text/u));
  });
});

describe('parseStandoff', () => {
  const text = 'Ann said it rains.';

  it('ignores labels outside attributions, notes and blank lines', () => {
    const ann = 'T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 17\tit rains\nT4\tDiscuss 0 18\tAnn said it rains.\n#1\tAnnotatorNotes T4\tnote\n\nE1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n';
    const [attribution, ...rest] = parseStandoff(ann, text, 'x.ann');
    assert.deepEqual(rest, []);
    assert.deepEqual(attribution, { id: 'E1', source: [{ start: 0, end: 3 }], cue: [{ start: 4, end: 8 }], content: [{ start: 9, end: 17 }] });
  });

  it('joins repeated content arguments and skips events without a content', () => {
    const ann = 'T1\tContent 0 3\tAnn\nT2\tContent2 9 17\tit rains\nT3\tCue 4 8\tsaid\nE1\tAttribution:T3 Content:T2 Content2:T1\nE2\tAttribution:T3 Cue:T3\n';
    const parsed = parseStandoff(ann, text, 'x.ann');
    assert.equal(parsed.length, 1);
    assert.deepEqual(parsed[0]!.content, [{ start: 0, end: 3 }, { start: 9, end: 17 }]);
  });

  const broken: [string, string, RegExp][] = [
    ['an undefined span', 'E1\tAttribution:T1 Content:T9\n', /x\.ann:1: E1 refers to T9/u],
    ['offsets past the end', 'T1\tContent 9 99\tx\n', /x\.ann:1: span 9 99 lies outside/u],
    ['offsets in the wrong order', 'T1\tContent 9 3\tx\n', /lies outside/u],
    ['offsets that are not numbers', 'T1\tContent a b\tx\n', /expected "START END" offsets/u],
  ];
  for (const [what, ann, message] of broken) {
    it(`refuses ${what}`, () => assert.throws(() => parseStandoff(ann, text, 'x.ann'), isDatasetError(message)));
  }

  it('turns code point offsets into UTF-16 offsets after an astral character', () => {
    const emoji = '🙂 Ann said so.';
    const [attribution] = parseStandoff('T1\tSource 2 5\tAnn\nT2\tContent 11 13\tso\nE1\tAttribution:T1 Source:T1 Content:T2\n', emoji, 'x.ann');
    assert.deepEqual(slices(emoji, attribution!.source), ['Ann']);
    assert.deepEqual(slices(emoji, attribution!.content), ['so']);
  });
});

describe('codePointToUtf16', () => {
  it('is the identity without surrogate pairs', () => {
    const map = codePointToUtf16('plain “text”');
    assert.deepEqual([0, 5, 12].map(map), [0, 5, 12]);
  });
  it('shifts offsets after each astral character', () => {
    const map = codePointToUtf16('a🙂b🙂c');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(map), [0, 1, 3, 4, 6, 7]);
  });
});

describe('parseMetadata', () => {
  it('reads the date and title by column name and leaves "None" out', () => {
    const tsv = 'title\tfilename\tpublication_date\nSome Title\ta_1\t2016-09-20\nNone\tb_2\tunknown\n';
    const metadata = parseMetadata(tsv, 'm.tsv');
    assert.deepEqual(metadata.get('a_1'), { title: 'Some Title', publishedAt: '2016-09-20' });
    assert.deepEqual(metadata.get('b_2'), {});
  });
  it('names a missing column', () => {
    assert.throws(() => parseMetadata('filename\ttitle\n', 'm.tsv'), isDatasetError(/"publication_date" column/u));
  });
});
