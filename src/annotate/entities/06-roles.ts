/**
 * Step 6: a role phrase that stands for a person named elsewhere in the article ("the Mexican
 * president", "Mexico's president", "the president of Mexico") becomes an inferred mention of
 * that person, when exactly one person of the article fits the role and its country.
 */
import type { Entity, Mention, Span } from '../../model.ts';
import type { Token } from '../nlp.ts';
import { countryOf } from '../../lexicon/countries.ts';
import { nameKey } from '../../lexicon/key.ts';
import { isRoleNoun } from '../../lexicon/titles.ts';

export interface RolePhrase extends Span {
  /** The role noun, lowercased ("president"). */
  readonly role: string;
  /** The country the phrase ties the role to, if it says ("Mexico"). */
  readonly country?: string;
}

const POSSESSIVE = new Set(["'s", '’s']);
/** "the" in any case. */
const isThe = (t: Token | undefined) => t !== undefined && t.value.length === 3 && t.value.toLowerCase() === 'the';
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const startsLower = (value: string) => {
  const code = value.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : STARTS_LOWER.test(value);
};
const isLowerRole = (t: Token) => startsLower(t.value) && isRoleNoun(t.value);
const startsName = (t: Token | undefined) => t !== undefined && STARTS_UPPER.test(t.value);

/** The country qualifier just before the role ("Mexican", "U.S.", "Mexico 's"), with where it starts. */
function qualifierBefore(tokens: readonly Token[], i: number): { country: string; at: number } | undefined {
  const previous = tokens[i - 1];
  if (previous === undefined) return undefined;
  if (POSSESSIVE.has(previous.value)) {
    const owner = tokens[i - 2];
    const country = owner && countryOf(owner.value);
    return country ? { country, at: i - 2 } : undefined;
  }
  const country = countryOf(previous.value);
  return country && isThe(tokens[i - 2]) ? { country, at: i - 2 } : undefined;
}

/** A country named by one to three tokens from `at` ("Mexico", "United States"), longest first. */
function countryAt(tokens: readonly Token[], at: number): { country: string; end: number } | undefined {
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(at, at + length);
    const country = words.length === length ? countryOf(words.map((t) => t.value).join(' ')) : undefined;
    if (country) return { country, end: (words[length - 1] as Token).end };
  }
  return undefined;
}

/**
 * A role phrase has "the" one or two tokens before its role noun, or a possessive right before it
 * ("the president", "the Mexican president", "Mexico's president"): a cheap test before the lexicon.
 */
function mayEndRolePhrase(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && (isThe(previous) || POSSESSIVE.has(previous.value) || isThe(tokens[i - 2]));
}

/** Role phrases in one sentence's tokens. A role followed by a name is a title, not a phrase. */
export function rolePhrases(tokens: readonly Token[]): RolePhrase[] {
  const phrases: RolePhrase[] = [];
  tokens.forEach((token, i) => {
    if (!mayEndRolePhrase(tokens, i) || !isLowerRole(token) || startsName(tokens[i + 1])) return;
    const role = token.value.toLowerCase();
    const before = qualifierBefore(tokens, i);
    if (before) {
      phrases.push({ start: (tokens[before.at] as Token).start, end: token.end, role, country: before.country });
      return;
    }
    if (!isThe(tokens[i - 1])) return;
    const start = (tokens[i - 1] as Token).start;
    const of = tokens[i + 1]?.value === 'of' ? countryAt(tokens, isThe(tokens[i + 2]) ? i + 3 : i + 2) : undefined;
    phrases.push(of ? { start, end: of.end, role, country: of.country } : { start, end: token.end, role });
  });
  return phrases;
}

/** The countries a person's stated roles name ("U.S. President" gives United States). */
function roleCountries(roles: readonly string[]): Set<string> {
  return new Set(roles.flatMap((r) => r.split(/\s+/).flatMap((w) => countryOf(w) ?? [])));
}

const holdsRole = (roles: readonly string[], role: string) =>
  roles.some((r) => nameKey(r.split(/\s+/).pop() ?? '') === nameKey(role));

/** The one person the phrase can stand for, or undefined when none or several fit. */
export function personOfPhrase(phrase: RolePhrase, people: readonly Entity[]): Entity | undefined {
  const holders = people.filter((p) => holdsRole(p.roles ?? [], phrase.role));
  if (phrase.country === undefined) return holders.length === 1 ? holders[0] : undefined;
  const compatible = holders.filter((p) => {
    const countries = roleCountries(p.roles ?? []);
    return countries.size === 0 || countries.has(phrase.country as string);
  });
  const stated = compatible.filter((p) => roleCountries(p.roles ?? []).has(phrase.country as string));
  if (stated.length === 1) return stated[0];
  return compatible.length === 1 ? compatible[0] : undefined;
}

/** Adds each resolvable role phrase as an inferred mention (and alias) of its person. */
export function addRoleMentions(text: string, entities: readonly Entity[], phrases: readonly RolePhrase[]): Entity[] {
  const people = entities.filter((e) => e.type === 'person');
  const added = new Map<string, Mention[]>();
  for (const phrase of phrases) {
    const person = personOfPhrase(phrase, people);
    if (person === undefined || person.mentions.some((m) => m.start < phrase.end && phrase.start < m.end)) continue;
    added.set(person.id, [...(added.get(person.id) ?? []), { start: phrase.start, end: phrase.end, by: 'entities', inferred: true }]);
  }
  return entities.map((entity) => {
    const mentions = added.get(entity.id);
    if (mentions === undefined) return entity;
    return {
      ...entity,
      aliases: [...new Set([...entity.aliases, ...mentions.map((m) => text.slice(m.start, m.end))])],
      mentions: [...entity.mentions, ...mentions].sort((a, b) => a.start - b.start || a.end - b.end),
    };
  });
}
