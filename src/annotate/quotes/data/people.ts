/**
 * How people are referred to in news, beyond the shared lexicon (titles, given names and
 * countries live in `src/lexicon/`): pronouns and the words that end or never start a name.
 */
import type { Gender } from '../../../lexicon/given-names.ts';

export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', she: 'f' };

/** Last words of a capitalised phrase that make it an organisation or a place, not a person. */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set([
  'house', 'department', 'ministry', 'agency', 'office', 'journal', 'times', 'post', 'news', 'press',
  'party', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'cartel', 'cartels', 'index', 'bank',
  'fund', 'council', 'court', 'congress', 'senate', 'parliament', 'assembly', 'union', 'nations',
  'states', 'republic', 'kingdom', 'commission', 'committee', 'corporation', 'company', 'inc', 'inc.',
  'ltd', 'group', 'association', 'institute', 'university', 'college', 'school', 'hospital', 'street',
  'avenue', 'square', 'river', 'mountain', 'city', 'county', 'province', 'state', 'region', 'airport',
  'images', 'network', 'organization', 'organisation', 'foundation', 'service', 'services', 'administration',
  'government', 'authority', 'board', 'center', 'centre', 'club', 'team', 'league', 'federation',
  'pentagon', 'kremlin', 'agreement', 'treaty', 'act', 'plan', 'program', 'programme',
]);

/** Capitalised words that start sentences or headlines but are never part of a name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'for', 'to', 'of', 'by', 'with', 'from',
  'as', 'after', 'before', 'since', 'while', 'when', 'if', 'this', 'that', 'these', 'those', 'it',
  'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there',
  'here', 'what', 'who', 'why', 'how', 'where', 'which', 'no', 'yes', 'not', 'so', 'yet', 'also',
  'however', 'meanwhile', 'earlier', 'later', 'last', 'next', 'during', 'despite', 'amid', 'among',
  'according', 'under', 'over', 'about', 'into', 'through', 'well', 'now', 'then', 'still', 'even',
  'many', 'some', 'all', 'both', 'each', 'every', 'such', 'other', 'more', 'most', 'one', 'two',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'photo', 'image', 'source', 'read', 'related', 'sign', 'reporting', 'editing',
  'additionally', 'although', 'though', 'because', 'until', 'unless', 'whether', 'just', 'only',
  'like', 'sources', 'officials', 'image', 'update', 'breaking', 'watch', 'live', 'hour',
]);
