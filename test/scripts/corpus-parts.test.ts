import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headline, outletNames } from '../../scripts/corpus/dressing.ts';
import { ticketHeap, type Ticket } from '../../scripts/corpus/heap.ts';
import { famousWord, inventWord, nameWord } from '../../scripts/corpus/names.ts';
import { cutToLength, dropSentences, paragraphs, reorderSome, rewordSome } from '../../scripts/corpus/paraphrase.ts';
import { jitterDays, lastDay, maxStorySize, planShape, Planner, spanDays, storySize } from '../../scripts/corpus/plan.ts';
import { hash32, Rng } from '../../scripts/corpus/random.ts';
import { isSentence, sourceSentences, splitBlock } from '../../scripts/corpus/sentences.ts';
import { compileSentence, compileSource, nameWordsOf } from '../../scripts/corpus/template.ts';
import { timemlText } from '../../scripts/corpus/timeml.ts';
import { goldLine, jsonlRecord, jsonString } from '../../scripts/corpus/jsonl.ts';

describe('random', () => {
  it('gives the same stream for the same seed parts and another for others', () => {
    const draw = (...parts: number[]): number[] => {
      const rng = new Rng(...parts);
      return Array.from({ length: 5 }, () => rng.next());
    };
    assert.deepEqual(draw(1, 2), draw(1, 2));
    assert.notDeepEqual(draw(1, 2), draw(2, 1));
    assert.notEqual(hash32(1, 2), hash32(2, 1));
  });

  it('keeps every draw in range', () => {
    const rng = new Rng(7);
    for (let i = 0; i < 10_000; i++) {
      const u = rng.next();
      assert.ok(u >= 0 && u < 1);
      const k = rng.between(3, 5);
      assert.ok(k >= 3 && k <= 5 && Number.isInteger(k));
      assert.ok(rng.pareto(1.35) >= 1);
    }
  });

  it('refuses to pick from an empty list', () => {
    assert.throws(() => new Rng(1).pick([]), /non-empty/);
  });
});

describe('source sentences', () => {
  const cases: [string, string, string[]][] = [
    ['plain', 'One sentence here is long. Another sentence follows it now.', ['One sentence here is long.', 'Another sentence follows it now.']],
    ['abbreviation', 'Mr. Smith arrived in the city today. He left soon after.', ['Mr. Smith arrived in the city today.', 'He left soon after.']],
    ['initial', 'The coach, T. Y. Brown, spoke to the press after the game.', ['The coach, T. Y. Brown, spoke to the press after the game.']],
    ['quote end', '“We will win,” she said. “Nobody doubts it.” The end came.', ['“We will win,” she said.', '“Nobody doubts it.”', 'The end came.']],
  ];
  for (const [name, block, expected] of cases) {
    it(`splits: ${name}`, () => assert.deepEqual(splitBlock(block), expected));
  }

  it('drops headlines, datelines and fragments', () => {
    assert.equal(isSentence('Storm floods harbour town'), false);
    assert.equal(isSentence('NAIROBI, Kenya (AP) _'), false);
    assert.equal(isSentence('Council Approves New Budget After Long Debate.'), false);
    assert.equal(isSentence('Too short.'), false);
    assert.equal(isSentence('The council approved the budget on Wednesday.'), true);
  });

  it('reads one sentence block per line or per paragraph', () => {
    const text = 'Headline without stop\nFirst line is a full sentence here.\nSecond line is also a sentence.';
    assert.deepEqual(sourceSentences(text, 'lines'), ['First line is a full sentence here.', 'Second line is also a sentence.']);
    const wrapped = 'A paragraph that wraps\nacross two lines ends here.\n\nNext paragraph is on its own.';
    assert.deepEqual(sourceSentences(wrapped, 'paragraphs'), ['A paragraph that wraps across two lines ends here.', 'Next paragraph is on its own.']);
  });

  it('strips TimeML tags and decodes entities and quotes', () => {
    const xml = `<TimeML><DCT>x</DCT><TEXT>He <EVENT eid="e1">said</EVENT> \`\`yes'' to A &amp; B.</TEXT></TimeML>`;
    assert.equal(timemlText(xml), 'He said “yes” to A & B.');
    assert.equal(timemlText('<TimeML>no text element</TimeML>'), '');
  });
});

describe('templates', () => {
  const sentences = ['Mayor Helen Okafor visited Marlow Bay in March 2019.', 'Okafor said 340 homes and the ASC office were hit.'];

  it('finds names inside sentences but not common capitalised words', () => {
    assert.deepEqual([...nameWordsOf(sentences)].sort(), ['ASC', 'Bay', 'Helen', 'Marlow', 'Okafor']);
  });

  it('turns names, acronyms, numbers, years and months into slots and keeps the rest', () => {
    const source = compileSource('t', sentences);
    const kinds = source.sentences.map((t) => t.slots.map((s) => `${s.kind}:${s.word}`));
    assert.deepEqual(kinds, [
      ['given:Helen', 'name:Okafor', 'given:Marlow', 'name:Bay', 'month:March', 'year:2019'],
      ['name:Okafor', 'number:340', 'acronym:ASC'],
    ]);
    assert.equal(source.latestYear, 2019);
    const first = source.sentences[0];
    assert.ok(first !== undefined);
    assert.deepEqual(first.pieces, ['Mayor ', ' ', ' visited ', ' ', ' in ', ' ', '.']);
  });

  it('leaves a sentence without names as one piece', () => {
    const template = compileSentence('The rain stopped in the evening.', new Set());
    assert.deepEqual(template.pieces, ['The rain stopped in the evening.']);
    assert.deepEqual(template.slots, []);
  });
});

describe('names', () => {
  it('invents capitalised words and keeps famous names stable by rank', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 100; i++) assert.match(inventWord(rng), /^[A-Z][a-z]{2,20}$/);
    assert.equal(famousWord(1), famousWord(1));
    assert.notEqual(famousWord(1), famousWord(2));
  });

  it('gives mostly fresh names and a heavy-tailed share of recurring ones', () => {
    const rng = new Rng(4);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const name = nameWord(rng, 0.12);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    assert.ok(counts.size > 15_000, `distinct names ${counts.size}`);
    assert.ok(top > 50 && top < 600, `top name count ${top}`);
  });
});

describe('paraphrase steps', () => {
  const story = Array.from({ length: 40 }, (_, i) => `Sentence ${i} tells something that was said about it.`);

  it('drops 10-40% of sentences', () => {
    for (let seed = 0; seed < 50; seed++) {
      const kept = dropSentences(new Rng(seed), story);
      assert.ok(kept.length >= 14 && kept.length <= 39, `kept ${kept.length}`);
    }
  });

  it('reorders only neighbours and keeps every sentence', () => {
    const reordered = reorderSome(new Rng(5), [...story]);
    assert.deepEqual([...reordered].sort(), [...story].sort());
    assert.equal(reordered[0], story[0]);
    reordered.forEach((sentence, i) => assert.ok(Math.abs(story.indexOf(sentence) - i) <= 1));
  });

  it('cuts to length keeping the top, at least one sentence', () => {
    assert.deepEqual(cutToLength(story, 1), story.slice(0, 1));
    assert.equal(cutToLength(story, 200).length, 4);
    assert.equal(cutToLength(story, 1e9).length, story.length);
  });

  it('rewords a few sentences only', () => {
    const reworded = rewordSome(new Rng(6), [...story]);
    const changed = reworded.filter((s, i) => s !== story[i]).length;
    assert.ok(changed >= 1 && changed <= 3, `changed ${changed}`);
  });

  it('joins sentences into paragraphs of one to three', () => {
    const text = paragraphs(new Rng(8), story);
    const blocks = text.split('\n\n');
    assert.ok(blocks.length >= 14 && blocks.length <= 40);
    assert.equal(blocks.join(' '), story.join(' '));
  });
});

describe('plan', () => {
  it('draws heavy-tailed story sizes: ~30% singletons, max far above the median', () => {
    const rng = new Rng(9);
    const sizes = Array.from({ length: 30_000 }, () => storySize(rng, 2000)).sort((a, b) => a - b);
    const singletons = sizes.filter((s) => s === 1).length / sizes.length;
    assert.ok(Math.abs(singletons - planShape.singletonShare) < 0.02, `singletons ${singletons}`);
    const median = sizes[sizes.length >> 1] ?? 0;
    assert.ok(median <= 3);
    assert.ok((sizes.at(-1) ?? 0) >= 100 * median, `max ${sizes.at(-1)}`);
  });

  it('jitters 0-5 days and sizes the span and cap with the count', () => {
    const rng = new Rng(10);
    for (let i = 0; i < 1000; i++) assert.ok(jitterDays(rng) <= planShape.maxJitterDays);
    assert.equal(spanDays(100), 1);
    assert.equal(spanDays(1_000_000), 500);
    assert.equal(lastDay(1_000_000), 499 + 42 + 5 + 1);
    assert.equal(maxStorySize(1_000_000), 2000);
    assert.equal(maxStorySize(100), 10);
  });

  it('plans exactly count articles, copies after their originals', () => {
    const planner = new Planner(1, 5000);
    let articles = 0;
    for (let plan = planner.nextStory(); plan !== undefined; plan = planner.nextStory()) {
      articles += plan.tickets.length;
      for (const ticket of plan.tickets) {
        if (ticket.copyOf === undefined) continue;
        const original = plan.tickets[ticket.copyOf];
        assert.ok(original !== undefined && original.copyOf === undefined && plan.originals.has(ticket.copyOf));
        assert.ok(original.day <= ticket.day && original.order < ticket.order);
      }
    }
    assert.equal(articles, 5000);
  });
});

describe('ticket heap', () => {
  it('pops by day, then creation order', () => {
    const heap = ticketHeap();
    const rng = new Rng(11);
    const tickets: Ticket[] = Array.from({ length: 500 }, (_, order) => ({ day: rng.int(20), order, story: 0, article: order }));
    for (const ticket of tickets) heap.push(ticket);
    const popped: Ticket[] = [];
    for (let t = heap.pop(); t !== undefined; t = heap.pop()) popped.push(t);
    assert.deepEqual(popped, [...tickets].sort((a, b) => a.day - b.day || a.order - b.order));
  });
});

describe('dressing', () => {
  it('makes 400 distinct outlets per seed', () => {
    const outlets = outletNames(1);
    assert.equal(new Set(outlets).size, 400);
    assert.deepEqual(outletNames(1), outlets);
  });

  it('writes a headline from a first sentence, without dateline or final punctuation', () => {
    const title = headline(new Rng(12), ['KORVAT — The bridge over the river collapsed on Saturday, killing twelve people.']);
    assert.match(title, /^The bridge over the river collapsed/);
    assert.doesNotMatch(title, /[.,]$/);
  });
});

describe('jsonl', () => {
  it('escapes like JSON.stringify for generated text', () => {
    for (const text of ['plain', 'a "quote" and \\ backslash', 'line\n\nbreaks — “curly” ’', '']) {
      assert.equal(jsonString(text), JSON.stringify(text));
    }
  });

  it('writes the record fields in order, title omitted when absent', () => {
    const untitled = { id: 'a1', text: 'T\n"x"', publishedAt: '2024-01-01', source: 'S', story: 's1' };
    const article = { ...untitled, title: 'H' };
    assert.equal(jsonlRecord(article), `${JSON.stringify({ id: 'a1', text: 'T\n"x"', title: 'H', publishedAt: '2024-01-01', source: 'S' })}\n`);
    assert.deepEqual(JSON.parse(jsonlRecord(untitled)), { id: 'a1', text: 'T\n"x"', publishedAt: '2024-01-01', source: 'S' });
    assert.equal(goldLine({ ...article, duplicateOf: 'a0' }), 'a1\ts1\ta0\n');
    assert.equal(goldLine(article), 'a1\ts1\t\n');
  });

  it('turns control characters of base texts into spaces', () => {
    assert.deepEqual(compileSentence('Tab\there and bell\u0007 too.', new Set()).pieces, ['Tab here and bell  too.']);
  });
});
