import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invertedSubject, subjectBeforeQuote } from '../../src/annotate/quotes/02-attribution.ts';
import { antecedentOf } from '../../src/annotate/quotes/relatives.ts';
import { namedPairBefore } from '../../src/annotate/quotes/groups.ts';
import type { Registry } from '../../src/annotate/quotes/registry.ts';
import { wordsOf } from '../../src/annotate/quotes/tokens.ts';
import { speakerTests } from '../helpers/quotes.ts';

const all = (text: string) => wordsOf(text, 0, text.length);
const indexOf = (text: string, word: string): number => all(text).findIndex((w) => w.text === word);

describe('quotes: a participle after a quote takes no subject written after it', () => {
  const CASES: readonly [string, string, string | null][] = [
    ['a verb takes the name after it', '” said Tom Reed on Monday', 'Tom Reed'],
    ['a participle: the name is its object', '” telling Fox News that', null],
    ['a participle: the role is its object', '” calling the mayor a liar', null],
  ];
  for (const [what, text, expected] of CASES) {
    it(what, () => assert.equal(invertedSubject(all(text), 1)?.text ?? null, expected));
  }
  speakerTests([
    ['the speaker is the clause subject, not the object', 'It was late.\n\nAna Ruiz did not want to talk about “that person,” telling Fox News that she is focused on “ending the violence.”', ['Ana Ruiz', 'Ana Ruiz']],
  ]);
});

describe('quotes: the antecedent of a relative pronoun before a cue', () => {
  const CASES: readonly [string, string, string | null][] = [
    ['a name with a suffix', 'a reply from Tom Reed Jr., who said', 'Tom Reed Jr'],
    ['a quantifier without a comma', 'including some who warned', 'some'],
    ['a demonstrative for people', 'among those who said', 'those'],
    ['a count of people', 'including 18% who say', '18%'],
    ['a quantifier set off by a comma is not taken', 'including some, who warned', null],
    ['an adjective is no antecedent', 'it is unclear who said', null],
  ];
  for (const [what, text, expected] of CASES) {
    it(what, () => assert.equal(antecedentOf(all(text), indexOf(text, 'who'))?.text ?? null, expected));
  }
});

describe('quotes: subjects across coordination, relative clauses and introductory phrases', () => {
  speakerTests([
    ['"but now said" shares the subject of the first clause', 'It was late.\n\nHouse member Tom Reed used to back Ana Ruiz, but now said the mayor had “the chance to bring us together.”', ['Tom Reed', 'Tom Reed']],
    ['"but now said" with no subject stays open', 'It was late.\n\nIt rained in May, but now said the rivers were “higher than ever before this year.”', ['-', '-']],
    ['a restrictive relative clause between a noun subject and its cue', 'It was late.\n\nThe mayor has condemned the plan, but the groups who wrote to her on Monday say they are “concerned about the mixed messages.”', ['the groups']],
    ['a relative clause with no antecedent gives no speaker', 'It was late.\n\nIt is unclear who on the staff said the plan was “a disaster for everyone.”', ['-', '-']],
    ['a party tag after the subject that follows an introductory phrase', 'It was late.\n\nShortly after the vote, Sen. Tom Reed (D-Ohio) issued a statement saying that the Senate should not confirm anyone this year.', ['Tom Reed']],
    ['a noun subject after an introductory phrase', 'It was late.\n\nShortly after the announcement, the families of the founders had mobilized, warning that the deal would ruin the company.', ['the families']],
  ]);
});

describe('quotes: a linked cue after an earlier quote of its sentence reads the clause from its start', () => {
  speakerTests([
    ['a quote inside the clause and a party tag do not end the sentence', 'It was late.\n\nSen. Tom Reed (I-Vt.) visited the “Today” show to discuss his remarks about his Democratic rival, Ana Ruiz, saying “on her worst day” she would be “a better president” than the others.', ['Tom Reed', 'Tom Reed']],
  ]);
  const CASES: readonly [string, string, string][] = [
    ['a party tag ends no sentence', 'Sen. Tom Reed (I-Vt.) visited a farm to discuss his “plan,”', 'Tom Reed'],
    ['a real sentence end still stops the reading', 'Tom Reed left. The mayor talked up her “plan,”', 'The mayor'],
  ];
  for (const [what, text, expected] of CASES) {
    it(what, () => assert.equal(subjectBeforeQuote(text, 0, text.indexOf('“'))?.text, expected));
  }
});

describe('quotes: "they" for two people named together', () => {
  const registryOf = (masked: string): Registry => ({ masked } as unknown as Registry);
  const CASES: readonly [string, string, string | null][] = [
    ['two names joined by "and"', 'Professors Ana Ruiz and Tom Reed suggest it. In the United States, ', 'Professors Ana Ruiz and Tom Reed'],
    ['a possessive is no person', 'Ana Ruiz and Tom Reed’s book came out. Then ', null],
    ['a lone name is no pair', 'Ana Ruiz and the city agreed. Then ', null],
  ];
  for (const [what, text, expected] of CASES) {
    it(what, () => assert.equal(namedPairBefore(registryOf(text), 0, text.length)?.name ?? null, expected));
  }
  speakerTests([
    ['a comma-set cue with "they" for the pair', 'It was late.\n\nProfessors Ana Ruiz and Tom Reed suggest the rift has less to do with faith. In the United States, they write, “to be religious is to be in sync with the rest.”', ['Professors Ana Ruiz and Tom Reed*']],
  ]);
});

describe('quotes: the writer as speaker', () => {
  speakerTests([
    ['"I" in the narration is the writer', 'The judge looked at me. “I am not shy,” I said.', ['I']],
    ['a reported clause of the writer', 'So that, I said, is why I went overboard in trying to help her.', ['I']],
  ], 'narrator: ');
  speakerTests([
    ['"I" inside a quote with a speaker is that speaker', '“Then I said, ‘we will win the whole thing,’ and they laughed,” the coach recalled later that night.', ['the coach', 'the coach*']],
    ['"I" inside a quote nobody is given is not the writer', 'The crowd waited.\n\n“Then I said, ‘we will win the whole thing,’ and they all laughed at me.”', ['-', '-']],
  ], 'not the narrator: ');
});
