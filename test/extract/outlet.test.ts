import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostStem, outletFromUrl } from '../../src/extract/outlet/host.ts';
import { selfReferenceCue } from '../../src/extract/outlet/cues.ts';
import { cleanSiteName } from '../../src/extract/outlet/site-name.ts';
import { textLines } from '../../src/extract/lines.ts';
import { extract, removedTexts } from './helpers.ts';

const PROSE = 'The council approved the budget on Saturday after a long debate, officials said.';

test('outlets from URLs: known domains by name, others by host stem', () => {
  assert.equal(outletFromUrl('https://www.bbc.co.uk/news/world-1'), 'BBC');
  assert.equal(outletFromUrl('https://edition.cnn.com/2025/05/03/a'), 'CNN');
  assert.equal(outletFromUrl('https://www.example-news.com/a'), 'Example-news');
  assert.equal(hostStem('news.example.co.uk'), 'example');
  assert.equal(hostStem('localhost'), null);
  assert.equal(outletFromUrl('not a url'), null);
});

test('self-references name the outlet; citing another outlet does not', () => {
  const cases: [string, string | null][] = [
    ['The Daily Planet reached out to the mayor\'s office for comment.', 'The Daily Planet'],
    ['The ministry did not immediately respond to a Globe Wire request for comment.', 'Globe Wire'],
    ['Metro Times has contacted the White House via email.', 'Metro Times'],
    ['She reached out to the mayor for comment.', null],
    ['The mayor told Metro Times that the plan would go ahead.', null],
    ['Officials reached out to residents for comment on the plan.', null],
  ];
  for (const [text, name] of cases) assert.equal(selfReferenceCue(textLines(text))?.name ?? null, name, text);
});

test('outlet sources in order: input, url, dateline, opening tag, self-reference', () => {
  const text = `May 3 (Wire Service) - ${PROSE}\nThe Daily Planet reached out to the mayor for comment.`;
  assert.equal(extract({ text, source: 'Given' }).meta.source?.from, 'input');
  assert.equal(extract({ text, url: 'https://www.example.org/a' }).meta.source?.value, 'Example');
  const wire = extract({ text }).meta.source;
  assert.deepEqual([wire?.value, wire?.from, wire?.inferred], ['Wire Service', 'cue:dateline', true]);
  assert.equal(extract({ text: `WASHINGTON (AP) — ${PROSE}` }).meta.source?.value, 'Associated Press');
  const self = extract({ text: `${PROSE}\nThe Daily Planet reached out to the mayor for comment.` }).meta.source;
  assert.deepEqual([self?.value, self?.from], ['The Daily Planet', 'cue:reached out']);
  assert.equal(extract({ text: PROSE }).meta.source, null);
});

test('an opening all-caps tag names the outlet and is removed', () => {
  const article = extract({ text: `Council Approves Budget\n(NEWSWIRE) ${PROSE}` });
  assert.equal(article.meta.source?.value, 'NEWSWIRE');
  assert.ok(removedTexts(article).includes('outlet-tag: (NEWSWIRE) '));
  const inside = extract({ text: `${PROSE} The agency (NEWSWIRE) said so.` });
  assert.equal(inside.meta.source, null);
});

test('the holder of a copyright line names the outlet when nothing better does', () => {
  const body = 'A storm hit the coast on Thursday, officials said, and thousands lost power.';
  const cases: [string, string | undefined][] = [
    ['© 2025 Coastal Times Media Ltd.', 'Coastal Times Media'],
    ['Copyright 2024 The Daily Star. All rights reserved.', 'The Daily Star'],
    ['(c) 2023-2025 Acme News Inc', 'Acme News'],
    ['All rights reserved.', undefined],
  ];
  for (const [line, expected] of cases) {
    const article = extract({ text: `${body}\n${line}\n` });
    assert.equal(article.meta.source?.value, expected, line);
    if (expected) assert.equal(article.meta.source?.from, 'cue:copyright');
  }
  assert.equal(extract({ text: `${body}\n© 2025 Coastal Times\n`, source: 'Given Name' }).meta.source?.value, 'Given Name');
});

test('site names become outlet names: no legal form, no tagline, a URL read as its host', () => {
  const cases: [string, string][] = [
    ['Coastal Times', 'Coastal Times'],
    ['Spiceworks Inc', 'Spiceworks'],
    ['Acme Media, Ltd.', 'Acme Media'],
    ['Daily Planet - the news that matters to you', 'Daily Planet'],
    ['Aktuálně.cz - Víte, co se právě děje', 'Aktuálně.cz'],
    ['Mozilla Hacks – the Web developer blog', 'Mozilla Hacks'],
    ['News - Sport', 'News - Sport'],
    ['The Times and Sunday Times - Home', 'The Times and Sunday Times - Home'],
    ['http://www.bbc.co.uk', 'BBC'],
    ['https://www.example-news.com/', 'Example-news'],
    ['Co', 'Co'],
  ];
  for (const [site, outlet] of cases) assert.equal(cleanSiteName(site), outlet, site);
});

test('the page site name is cleaned by the outlet stage, its origin kept', () => {
  const prose = '<p>The council approved the budget on Saturday after a long debate that lasted well into the night, officials said, and the mayor welcomed the vote.</p>';
  const html = `<html><head><meta property="og:site_name" content="Coastal Times Inc."></head><body><article>${prose.repeat(3)}</article></body></html>`;
  const source = extract({ html }).meta.source;
  assert.deepEqual([source?.value, source?.from, source?.by], ['Coastal Times', 'metadata', 'outlet']);
});
