import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NewsprismError } from '../../src/errors.ts';
import { alignTokens, isNameMention, loadEcbEntities, parseEcbXml, textTokens, type EcbToken, type EntityArticle } from '../../src/eval/ecbplus-entities.ts';
import { entityMetrics, judgeArticle } from '../../src/eval/tasks/entities.ts';
import type { Entity, EntityType, Span } from '../../src/model.ts';

const miniDir = fileURLToPath(new URL('../fixtures/eval/ecbplus-mini/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'newsprism-ecb-entities-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const token = (id: string, sentence: number, value: string): EcbToken => ({ id, sentence, value });
const slice = (text: string, span: Span | undefined) => (span === undefined ? undefined : text.slice(span.start, span.end));

describe('parseEcbXml', () => {
  it('reads tokens (entities unescaped) and anchored markables, skipping descriptors', () => {
    const doc = parseEcbXml(
      '<token t_id="1" sentence="0" number="0">A&amp;B</token>\n<token t_id="2" sentence="0" number="1">.</token>\n' +
        '<Markables>\n<HUMAN_PART_ORG m_id="3">\n  <token_anchor t_id="1"/>\n</HUMAN_PART_ORG>\n' +
        '<HUMAN_PART_ORG m_id="4" RELATED_TO="" TAG_DESCRIPTOR="x" instance_id="y" />\n</Markables>',
    );
    assert.deepEqual(doc.tokens, [token('1', 0, 'A&B'), token('2', 0, '.')]);
    assert.deepEqual(doc.markables, [{ tag: 'HUMAN_PART_ORG', tokenIds: ['1'] }]);
  });
});

describe('alignTokens', () => {
  const cases: [string, EcbToken[], (string | undefined)[]][] = [
    ['"We\'re proud," she said.', [token('1', 0, '``'), token('2', 0, 'We'), token('3', 0, "'re"), token('4', 0, 'proud'), token('5', 0, ','), token('6', 0, "''"), token('7', 0, 'she')], ['"', 'We', "'re", 'proud', ',', '"', 'she']],
    ['A  - day\nB', [token('1', 0, 'A'), token('2', 0, '-'), token('3', 0, 'day'), token('4', 1, 'B')], ['A', '-', 'day', 'B']],
    ['one two', [token('1', 0, 'one'), token('2', 0, 'zzz'), token('3', 0, 'two')], ['one', undefined, 'two']],
    ['x y', [token('1', 0, 'x'), token('2', 0, '\t'), token('3', 0, 'y')], ['x', undefined, 'y']],
  ];
  for (const [text, tokens, expected] of cases) {
    it(`finds the tokens of ${JSON.stringify(text)}`, () => {
      const spans = alignTokens(text, tokens);
      assert.deepEqual(tokens.map((t) => slice(text, spans.get(t.id))), expected);
    });
  }

  it('drops the URL sentence of ecbplus files only', () => {
    const tokens = [token('1', 0, 'http'), token('2', 1, 'Hi')];
    assert.deepEqual(textTokens('3_1ecbplus', tokens).map((t) => t.value), ['Hi']);
    assert.deepEqual(textTokens('3_1ecb', tokens).map((t) => t.value), ['http', 'Hi']);
  });
});

describe('isNameMention', () => {
  const first = new Set(['s1']);
  const mid = new Set(['Reid']);
  const cases: [string, EcbToken[], boolean][] = [
    ['capitalised inside the sentence', [token('m1', 0, 'Tara'), token('m2', 0, 'Reid')], true],
    ['an acronym', [token('s1', 0, 'NASA')], true],
    ['a sentence-first word seen capitalised elsewhere', [token('s1', 0, 'Reid')], true],
    ['a sentence-first word seen nowhere else', [token('s1', 0, 'Police')], false],
    ['a common noun phrase', [token('m1', 0, 'her'), token('m2', 0, 'rep')], false],
    ['the pronoun I', [token('m1', 0, 'I')], false],
  ];
  for (const [what, tokens, expected] of cases) it(what, () => assert.equal(isNameMention(tokens, first, mid), expected));
});

describe('loadEcbEntities on the mini set', () => {
  const set = loadEcbEntities(miniDir);
  const byId = (id: string) => set.find((a) => a.article.id === id) as EntityArticle;

  it('keeps the articles that have an XML file', () => {
    assert.deepEqual(set.map((a) => a.article.id), ['7_1ecb', '7_1ecbplus']);
    assert.equal(set.reduce((n, a) => n + a.unaligned, 0), 0);
  });

  it('maps gold mentions to character spans of the text, with type and name flag', () => {
    const gold = byId('7_1ecb').gold.map((g) => [g.text, g.type, g.name]);
    assert.deepEqual(gold, [
      ['Nora Quillfeather', 'person', true],
      ['her employer', 'person', false],
      ['Port Vellam', 'place', true],
      ['Brindle Lines', 'organization', true],
      ['Quillfeather', 'person', true],
    ]);
    const plus = byId('7_1ecbplus');
    assert.deepEqual(plus.gold.map((g) => [g.text, g.type]), [['ZQX', 'organization'], ["Vellam & Co's hall", 'place']]);
  });

  it('marks the sentences holding a markable as annotated, and no others', () => {
    const article = byId('7_1ecb');
    const sentences = article.annotatedSentences.map((s) => article.article.text.slice(s.start, s.end));
    assert.deepEqual(sentences, [
      'Harbor pilot Nora Quillfeather steered the ferry into Port Vellam, her employer said.',
      '"We\'re proud," said Brindle Lines.',
      'Quillfeather waved.',
    ]);
  });

  it('names a missing folder', () => {
    assert.throws(() => loadEcbEntities(scratch), (e: unknown) => e instanceof NewsprismError && e.code === 'E_DATASET' && e.message.includes('articles.jsonl'));
  });
});

describe('judgeArticle and entityMetrics', () => {
  const article = loadEcbEntities(miniDir).find((a) => a.article.id === '7_1ecb') as EntityArticle;
  const text = article.article.text;
  const mention = (surface: string, from = 0) => {
    const start = text.indexOf(surface, from);
    return { start, end: start + surface.length, by: 'entities', inferred: false };
  };
  const entity = (name: string, type: EntityType, mentions: ReturnType<typeof mention>[]): Entity => ({
    id: name,
    name,
    type,
    aliases: [name],
    mentions,
    by: 'entities',
  });
  const sentences = [{ start: 0, end: text.length, paragraph: 0 }];
  const entities = [
    entity('Nora Quillfeather', 'person', [mention('Nora Quillfeather'), mention('Quillfeather', 40)]),
    entity('Port Vellam', 'organization', [mention('Port Vellam')]),
    entity('Harbor', 'place', [mention('Harbor')]),
    entity('Osric Tamm', 'person', [mention('Osric Tamm')]),
    entity('the pilot', 'person', [{ ...mention('pilot'), inferred: true }]),
  ];

  it('scores recall, type accuracy and precision over annotated sentences', () => {
    const judged = judgeArticle(article, { entities, sentences });
    const metrics = entityMetrics([judged]);
    assert.equal(metrics.gold_names, 4);
    assert.equal(metrics.mention_recall, 3 / 4);
    assert.equal(metrics.type_accuracy, 2 / 3);
    assert.equal(metrics.person_recall, 1);
    assert.equal(metrics.person_type_accuracy, 1);
    assert.equal(metrics.place_type_accuracy, 0);
    assert.equal(metrics.organization_recall, 0);
    // Harbor is in an annotated sentence but no markable; Osric Tamm's sentence is not annotated.
    assert.equal(metrics.precision_annotated_sentences, 3 / 4);
  });

  it('leaves out gold names outside the sentences the pipeline read', () => {
    const firstLine = [{ start: 0, end: text.indexOf('\n'), paragraph: 0 }];
    const judged = judgeArticle(article, { entities, sentences: firstLine });
    assert.equal(judged.unread, 2);
    assert.equal(entityMetrics([judged]).gold_names, 2);
  });
});
