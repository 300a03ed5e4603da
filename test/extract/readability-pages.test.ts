import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { MetadataField } from '../../src/eval/readability-pages.ts';
import { METADATA_FIELDS, loadReadabilityCases } from '../../src/eval/readability-pages.ts';
import { scoreCase } from '../../src/eval/tasks/metadata.ts';
import { NOW } from './helpers.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/extract/metadata/', import.meta.url));

/** Where we differ from Readability on purpose: case, field, what we give, why. */
const KNOWN_DIFFERENCES: readonly [string, MetadataField, string | null, string][] = [
  ['bbc-1', 'byline', null, 'the outlet named as the author is not a person'],
  ['ehow-1', 'title', 'How to Build a Terrarium', 'site suffix of og:title dropped'],
  ['firefox-nightly-blog', 'title', 'These Weeks in Firefox: Issue 85', 'site suffix of og:title dropped'],
  ['guardian-1', 'title', "'What is the sea telling us?': Māori tribes fearful over whale strandings", 'author suffix after "|" dropped'],
  ['iab-1', 'title', 'Getting LEAN with Digital Ad UX', 'site suffix of og:title dropped'],
  ['parsely-metadata', 'title', 'Test document title', 'parsely-title is not read; the h1 is the title'],
  ['seattletimes-1', 'byline', 'Benjamin Romano', 'Readability takes a date line for the byline'],
  ['simplyfound-1', 'byline', 'Joe Wee', 'the byline element Readability leaves out'],
  ['simplyfound-1', 'siteName', 'SIMPLYFOUND.COM', 'the byline glued to og:site_name after "|" dropped'],
  ['spiceworks', 'byline', null, 'Readability takes "Last Updated: <date>" for the byline'],
  ['cnet', 'publishedTime', '2017-01-18T23:00:00-08:00', 'Readability gives no date'],
  ['ehow-1', 'publishedTime', '2007-05-29', 'Readability gives no date'],
  ['firefox-nightly-blog', 'publishedTime', '2020-12-18T16:09:48+00:00', 'Readability gives no date'],
  ['gmw', 'publishedTime', '2017-03-10', 'Readability gives no date'],
  ['lemonde-1', 'publishedTime', '2015-05-04T13:36:31+02:00', 'Readability gives no date'],
  ['quanta-1', 'publishedTime', '2019-05-20', 'Readability gives no date'],
  ['simplyfound-1', 'publishedTime', '2016-02-29', 'Readability gives no date'],
  ['yahoo-3', 'publishedTime', '2015-03-11T19:46:14Z', 'Readability gives no date'],
];

const cases = loadReadabilityCases(FIXTURES);

test('the fixture folder holds the committed cases', () => {
  assert.ok(cases.length >= 15, `expected at least 15 cases, found ${cases.length}`);
  for (const [name] of KNOWN_DIFFERENCES) assert.ok(cases.some((c) => c.name === name), `no fixture ${name}`);
});

test('title, byline, date and site name agree with Readability, except where we differ on purpose', () => {
  for (const gold of cases) {
    const outcome = scoreCase(gold, NOW);
    const found = outcome.found;
    assert.ok(found, `${gold.name}: extraction failed`);
    for (const field of METADATA_FIELDS) {
      const known = KNOWN_DIFFERENCES.find(([name, f]) => name === gold.name && f === field);
      const ours: string | null = found[field];
      if (known) {
        assert.equal(ours, known[2], `${gold.name} ${field}: expected our known value (${known[3]})`);
        assert.ok(['wrong', 'missed', 'extra'].includes(outcome.fields[field]), `${gold.name} ${field} now agrees: drop it from KNOWN_DIFFERENCES`);
      } else {
        assert.ok(['right', 'empty'].includes(outcome.fields[field]), `${gold.name} ${field}: ours ${JSON.stringify(ours)}, Readability ${JSON.stringify(gold.expected[field])}`);
      }
    }
  }
});
