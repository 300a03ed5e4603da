import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NewsprismError } from '../../src/errors.ts';
import { calendarValue, decodeEntity, loadTimeBank, parseTimeML, stripTimeML, tagAttributes } from '../../src/eval/timebank.ts';

const mini = join(import.meta.dirname, '..', 'fixtures', 'eval', 'timebank-mini');
const firstPath = join(mini, 'TimeBank', 'mini_0001.tml');
const secondPath = join(mini, 'AQUAINT', 'mini_0002.tml');
const datasetError = (pattern: RegExp) => (e: unknown) => e instanceof NewsprismError && e.code === 'E_DATASET' && pattern.test(e.message);

describe('stripTimeML', () => {
  const cases: [string, string, string[]][] = [
    ['plain text', 'plain text', []],
    ['on <TIMEX3 tid="t1" type="DATE" value="1998">1998</TIMEX3>.', 'on 1998.', ['1998']],
    ['<EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-03">last <SIGNAL sid="s1">March</SIGNAL></TIMEX3>', 'said last March', ['last March']],
    ['R&amp;D <TIMEX3 tid="t1" type="DURATION" value="P1D">a &quot;day&quot;</TIMEX3> 3 &lt; 4', 'R&D a "day" 3 < 4', ['a "day"']],
    ['a < b & c', 'a < b & c', []],
    ['<TIMEX3 tid="t1" type="SET" value="XXXX-WXX-1">every Monday</TIMEX3><TIMEX3 tid="t2" type="TIME" value="T20:00">8 pm</TIMEX3>', 'every Monday8 pm', ['every Monday', '8 pm']],
  ];
  for (const [markup, text, timexTexts] of cases) {
    it(`strips ${JSON.stringify(markup.slice(0, 40))}`, () => {
      const stripped = stripTimeML(markup, 'case');
      assert.equal(stripped.text, text);
      assert.deepEqual(stripped.timexes.map((t) => t.text), timexTexts);
      for (const timex of stripped.timexes) assert.equal(text.slice(timex.start, timex.end), timex.text);
    });
  }

  it('refuses unbalanced TIMEX3 tags and unknown types', () => {
    assert.throws(() => stripTimeML('<TIMEX3 tid="t1" type="DATE" value="1998">1998', 'x.tml'), datasetError(/x\.tml: a TIMEX3 is never closed/u));
    assert.throws(() => stripTimeML('1998</TIMEX3>', 'x.tml'), datasetError(/closes no TIMEX3/u));
    assert.throws(() => stripTimeML('<TIMEX3 tid="t1" type="EPOCH" value="1998">x</TIMEX3>', 'x.tml'), datasetError(/instead found "EPOCH"/u));
  });
});

describe('decodeEntity and tagAttributes', () => {
  it('decodes named and numeric entities and keeps unknown ones', () => {
    assert.deepEqual(['&amp;', '&lt;', '&#8217;', '&#x2019;', '&Cx1f;'].map(decodeEntity), ['&', '<', '’', '’', '&Cx1f;']);
  });

  it('reads the attributes of a start tag', () => {
    assert.deepEqual(tagAttributes('<TIMEX3 tid="t9" type="DATE" value="1998-W07" mod="A&amp;B">'), { tid: 't9', type: 'DATE', value: '1998-W07', mod: 'A&B' });
  });
});

describe('parseTimeML', () => {
  const first = parseTimeML(readFileSync(firstPath, 'utf8'), firstPath);
  const second = parseTimeML(readFileSync(secondPath, 'utf8'), secondPath);

  it('keeps the exact text of every TIMEX3 at its offsets', () => {
    for (const doc of [first, second]) {
      assert.ok(doc.timexes.length > 0);
      for (const timex of doc.timexes) assert.equal(doc.text.slice(timex.start, timex.end), timex.text, `${doc.id} ${timex.tid}`);
      assert.doesNotMatch(doc.text, /<|&amp;/u);
    }
    assert.deepEqual(first.timexes.map((t) => [t.tid, t.type, t.value, t.text]), [
      ['t1', 'DATE', '1998-03-03', 'March 3, 1998'],
      ['t2', 'DATE', '1997', '1997'],
      ['t3', 'DURATION', 'P2Y', 'two years'],
      ['t4', 'SET', 'XXXX-WXX-1', 'every Monday'],
      ['t5', 'DATE', 'PRESENT_REF', 'now'],
    ]);
    assert.match(first.text, /profits rose & costs fell in 1997\./u);
  });

  it('reads the id, the creation time and the title, none of which is in the text', () => {
    assert.equal(first.id, 'MINI0001');
    assert.equal(first.creationTime, '1998-03-05');
    assert.equal(first.title, undefined);
    assert.equal(second.id, 'MINI0002');
    assert.equal(second.creationTime, '1998-08-14T09:30:00');
    assert.equal(second.title, 'Harbour repairs finish early');
    assert.ok(!first.text.includes('19980305') && !second.text.includes('Harbour repairs finish'));
    assert.ok(!first.timexes.some((t) => t.tid === 't0'));
  });

  it('refuses a document without a body or a creation time', () => {
    assert.throws(() => parseTimeML('<TimeML><DOCID>X</DOCID></TimeML>', 'no-text.tml'), datasetError(/no-text\.tml: expected a <TEXT> element/u));
    assert.throws(() => parseTimeML('<TimeML><TEXT>Hello.</TEXT></TimeML>', 'no-dct.tml'), datasetError(/no-dct\.tml: expected a <DCT> TIMEX3/u));
    const badDct = '<DCT><TIMEX3 tid="t0" type="DATE" value="PRESENT_REF">now</TIMEX3></DCT><TEXT>Hi.</TEXT>';
    assert.throws(() => parseTimeML(badDct, 'bad.tml'), datasetError(/value YYYY-MM-DD/u));
  });

  it('names a document without DOCID after its file', () => {
    const doc = parseTimeML('<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-02">x</TIMEX3></DCT><TEXT>Hi.</TEXT>', '/data/TimeBank/wsj_0001.tml');
    assert.equal(doc.id, 'wsj_0001');
  });
});

describe('loadTimeBank', () => {
  it('reads TimeBank then AQUAINT documents', () => {
    assert.deepEqual(loadTimeBank(mini).map((d) => d.id), ['MINI0001', 'MINI0002']);
  });

  it('refuses a folder without the release folders', () => {
    assert.throws(() => loadTimeBank(join(mini, 'TimeBank')), datasetError(/neither TimeBank\/ nor AQUAINT\//u));
  });
});

describe('calendarValue', () => {
  const cases: [string, string | null, string | null][] = [
    ['1998-02-14', '1998-02-14', 'day'],
    ['1998-02-14T08:00', '1998-02-14', 'day'],
    ['1998-02-14TEV', '1998-02-14', 'day'],
    ['1998-W07', '1998-W07', 'week'],
    ['1998-W7', '1998-W07', 'week'],
    ['1998-W32-WE', '1998-W32', 'week'],
    ['1998-02', '1998-02', 'month'],
    ['1998-Q1', '1998-Q1', 'quarter'],
    ['1998', '1998', 'year'],
    ['199', '199X', 'decade'],
    ['199X', '199X', 'decade'],
    ['PAST_REF', null, null],
    ['PRESENT_REF', null, null],
    ['FUTURE_REF', null, null],
    ['1998-SU', null, null],
    ['1998-XX', null, null],
    ['1998-WXX', null, null],
    ['1998-QX', null, null],
    ['1998-H1', null, null],
    ['19', null, null],
    ['P3M', null, null],
    ['1998-13-45x', null, null],
  ];
  for (const [gold, value, precision] of cases) {
    it(`reads ${gold}`, () => {
      const found = calendarValue(gold);
      assert.deepEqual(found === null ? [null, null] : [found.value, found.precision], [value, precision]);
    });
  }
});
