/**
 * End to end on the reference story: the five seed articles through every article stage, then
 * the corpus stages over one story made of all five.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { seedArticles } from '../helpers/seeds.ts';
import { join } from 'node:path';
import { test } from 'node:test';
import { byPeriod } from '../../src/align/periods.ts';
import { groupStories } from '../../src/compare/group-stories.ts';
import type { StoryReport } from '../../src/model.ts';
import { articleStages, corpusStages } from '../../src/pipeline/default.ts';
import { emptyArticle, runArticleStages, runCorpusStages } from '../../src/pipeline/run.ts';
import { renderStoryHtml } from '../../src/report/html-story.ts';

const ctx = { now: '2025-06-01T00:00:00Z' };

function seedCorpus() {
  const articles = seedArticles().map((raw) => runArticleStages(emptyArticle(raw), articleStages, ctx));
  const story = { id: 's-seeds', articles: articles.map((a) => a.id) };
  return runCorpusStages({ articles, stories: [story], reports: [] }, corpusStages.filter((s) => s !== groupStories), ctx);
}

const corpus = seedCorpus();
const report = corpus.reports[0] as StoryReport;
const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));

function quoteWith(pattern: RegExp) {
  return report.quotes.find((q) => q.variants.some((v) => pattern.test(v.text)) && new Set(q.variants.map((v) => v.article)).size >= 3);
}

function articlesOf(quote: { variants: readonly { article: string }[] } | undefined): string[] {
  return [...new Set(quote?.variants.map((v) => v.article))].sort();
}

/** What the golden file pins: quotes, discrepancies, timeline and coverage, with texts for reading. */
function goldenView(r: StoryReport) {
  const factText = new Map(r.facts.map((f) => [f.id, f.text]));
  return {
    quotes: r.quotes.map((q) => ({ speaker: q.speaker, text: q.text, variants: q.variants.map((v) => `${v.article} ${v.match}: ${v.text}`) })),
    discrepancies: r.discrepancies.map((d) => ({ kind: d.kind, about: d.about, values: d.values.map((v) => `${v.value} [${v.articles.join(',')}]`) })),
    timeline: r.timeline.map((t) => `${t.date} (${t.precision}) [${t.articles.join(',')}] ${t.text}`),
    coverage: r.coverage.map((c) => ({
      article: c.article,
      unique: c.unique.map((id) => factText.get(id)),
      omitted: c.omitted.map((id) => factText.get(id)),
    })),
  };
}

test('one report for the one story', () => {
  assert.equal(corpus.reports.length, 1);
  assert.equal(report.articles.length, 5);
});

test('the central quote is one quote with a rendering from each of the five outlets', () => {
  const central = report.quotes.filter((q) => q.variants.some((v) => /No, President Trump/.test(v.text)));
  assert.equal(central.length, 1, JSON.stringify(central.map((q) => q.text)));
  const [quote] = central;
  assert.deepEqual(articlesOf(quote), ['000', '001', '002', '003', '004']);
  assert.equal(quote?.speaker, 'Claudia Sheinbaum');
  assert.deepEqual(
    quote?.variants.filter((v) => v.article === '003').map((v) => [v.text, v.match]),
    [['No, President Trump', 'partial']],
  );
  for (const v of quote?.variants ?? []) assert.equal(texts.get(v.article)?.slice(v.start, v.end), v.text);
});

test('the recurring quotes are grouped, each with its variants, and stay apart', () => {
  const proposal = quoteWith(/I propose that the/);
  assert.deepEqual(articlesOf(proposal), ['001', '002', '003', '004']);
  assert.equal(proposal?.speaker, 'Donald Trump');
  const presence = quoteWith(/never accept the presence/);
  assert.deepEqual(articlesOf(presence), ['000', '001', '002', '003']);
  const territory = quoteWith(/you in your territory|you can do it in your territory/);
  assert.deepEqual(articlesOf(territory), ['000', '001', '002', '003']);
  assert.notEqual(presence, territory);
  for (const q of [proposal, presence, territory]) {
    assert.ok(q?.variants.every((v) => ['verbatim', 'variant', 'partial'].includes(v.match)));
  }
});

test('some facts are shared by at least three articles', () => {
  assert.ok(report.facts.filter((f) => f.articles.length >= 3).length >= 3);
});

test('the timeline is sorted and every summary sentence cites', () => {
  const dates = report.timeline.map((t) => t.date);
  assert.deepEqual(dates, [...dates].sort(byPeriod));
  assert.ok(report.summary.length >= 4 && report.summary.length <= 8);
  for (const s of report.summary) assert.ok(s.citations.length > 0, s.text);
});

test('boilerplate never reaches facts, and evidence lies inside the texts', () => {
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  for (const f of report.facts) assert.doesNotMatch(f.text, /Sign up here|Purchase Licensing|READ NEXT|Image Source/);
  for (const e of report.facts.flatMap((f) => f.evidence)) {
    assert.ok(e.end <= (texts.get(e.article)?.length ?? 0) && e.start < e.end);
  }
});

test('the five discrepancies of the reference story are flagged, translations are not', () => {
  const kinds = JSON.stringify(report.discrepancies.map((d) => [d.kind, d.about]));
  const find = (kind: string, value: RegExp) => report.discrepancies.find((d) => d.kind === kind && d.values.some((v) => value.test(v.value)));
  assert.ok(find('date', /^2019/), kinds);
  const place = find('place', /press conference/);
  assert.ok(place?.values.some((v) => /event/.test(v.value) && v.articles.length >= 3), kinds);
  const cartels = find('number', /six/);
  assert.ok(cartels?.values.some((v) => /several/.test(v.value)) && /vague/.test(cartels.about), kinds);
  const border = report.discrepancies.find((d) => d.values.some((v) => /soldier/.test(v.value)));
  assert.deepEqual(border?.values.flatMap((v) => v.articles).sort(), ['000', '002', '004']);
  const answer = find('other', /no comment/);
  assert.deepEqual(answer?.values.map((v) => v.value), ['no comment', 'a statement']);
  for (const d of report.discrepancies) {
    for (const e of d.values.flatMap((v) => v.evidence)) {
      assert.doesNotMatch(texts.get(e.article)?.slice(e.start, e.end) ?? '', /sovereignty|No, President/i, d.about);
    }
  }
});

test('the timeline has one entry per event, with the dates of the reference story', () => {
  const on = (date: string) => report.timeline.filter((t) => t.date === date);
  for (const date of ['2025-04-16', '2025-05-02', '2025-05-03', '2025-05-04']) assert.equal(on(date).length, 1, date);
  assert.deepEqual(on('2025-05-03')[0]?.articles.slice().sort(), ['000', '001', '002', '003', '004']);
  assert.deepEqual(on('2025-05-04')[0]?.articles, ['003']);
  assert.ok(on('2025-04-16')[0]?.articles.includes('004'), 'mid-April joins April 16');
  assert.ok(on('2025-02').some((t) => /designat/.test(t.text)));
  assert.ok(on('2025-04').some((t) => /water/.test(t.text)));
  for (const t of report.timeline) assert.ok(t.evidence.length > 0 && ['day', 'week', 'month', 'quarter', 'year', 'decade'].includes(t.precision));
});

test('each outlet\'s unique facts include those of the reference story', () => {
  const factText = new Map(report.facts.map((f) => [f.id, f.text]));
  const unique = (article: string) => report.coverage.find((c) => c.article === article)?.unique.map((id) => factText.get(id) ?? '') ?? [];
  const expected: Record<string, RegExp[]> = {
    '000': [/water dispute/, /drone flights/, /Musk/],
    '001': [/constitutional reform/, /Airborne surveillance/, /unilateral military action/],
    '002': [/CJNG/, /National Guard/, /intelligence sharing/],
    '003': [/On Sunday, Trump confirmed/, /8,000 to 23,500/, /lovely woman/],
    '004': [/25% tariffs/, /extradited 29/, /White House|statement/],
  };
  for (const [article, patterns] of Object.entries(expected)) {
    for (const pattern of patterns) assert.ok(unique(article).some((t) => pattern.test(t)), `${article} ${pattern}`);
  }
  for (const c of report.coverage) assert.ok(c.unique.every((id) => !c.omitted.includes(id)));
});

test('golden: quotes, discrepancies, timeline and coverage of the reference story', () => {
  const path = join(import.meta.dirname, '..', 'fixtures', 'align', 'seeds-report.json');
  const actual = `${JSON.stringify(goldenView(report), null, 2)}\n`;
  if (process.env.UPDATE === '1') writeFileSync(path, actual);
  const expected = readFileSync(path, 'utf8');
  const a = actual.split('\n');
  const e = expected.split('\n');
  const first = a.findIndex((line, i) => line !== e[i]);
  assert.equal(first < 0 && a.length === e.length, true, `first difference at line ${first + 1}:\n  actual:   ${a[first]}\n  expected: ${e[first]}\n(UPDATE=1 regenerates)`);
});

test('the story page renders every article', () => {
  const html = renderStoryHtml(report, corpus.articles);
  assert.equal(html.match(/<article id="article-/g)?.length, 5);
});
