/**
 * Words that build a common-noun speaker ("a White House spokesman", "officials", "the report"):
 * news attributes words to groups, documents and unnamed people as often as to named ones.
 */

/** Words that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'one', 'another', 'some', 'many', 'most', 'several', 'few', 'both', 'other',
  'these', 'those', 'this', 'each', 'all', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'more', 'no',
]);

/** Nouns that name a speaker without a determiner ("officials said", "said experts"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'experts', 'analysts', 'sources', 'critics', 'aides', 'advisers', 'advisors',
  'residents', 'voters', 'people', 'supporters', 'opponents', 'observers', 'economists', 'lawmakers',
  'leaders', 'witnesses', 'police', 'authorities', 'organizers', 'organisers', 'investigators',
  'prosecutors', 'researchers', 'scientists', 'doctors', 'activists', 'protesters', 'demonstrators',
  'democrats', 'republicans', 'conservatives', 'liberals', 'diplomats', 'executives', 'strategists',
  'pollsters', 'officers', 'spokesmen', 'spokeswomen', 'representatives', 'members', 'participants',
  'respondents', 'delegates', 'senators', 'historians', 'scholars', 'lawyers', 'attorneys', 'workers',
  'employees', 'parents', 'students', 'teachers', 'farmers', 'locals', 'insiders', 'allies', 'rivals',
  'donors', 'operatives', 'staffers', 'veterans', 'women', 'men', 'americans', 'polls', 'surveys',
  'reports', 'documents', 'records', 'data', 'figures', 'statistics', 'estimates',
]);

/** Words a speaker phrase never runs across: prepositions, conjunctions, relatives, time words. */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'for', 'from', 'with', 'about', 'by', 'as',
  'when', 'while', 'who', 'whom', 'whose', 'which', 'that', 'and', 'but', 'or', 'of', 'than', 'if',
  'because', 'since', 'until', 'into', 'over', 'under', 'via', 'per', 'is', 'was', 'are', 'were',
  'has', 'have', 'had', 'be', 'been', 'will', 'would', 'could', 'should', 'can', 'may', 'might',
  'not', 'also', 'then', 'later', 'earlier', 'recently', 'today', 'yesterday', 'tonight', 'now',
  'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'so', 'too', 'again',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next',
]);

/** "a source close to the campaign", "a person familiar with the talks": the head comes first. */
export const POSTMODIFIERS: ReadonlySet<string> = new Set(['close', 'familiar', 'near', 'loyal', 'opposed', 'allied', 'linked', 'connected']);
