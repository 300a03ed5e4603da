/**
 * Singular nouns for what speaks without being a person: documents, organisations and media
 * ("the report said", "the company said"); "it" may stand for them.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'report', 'statement', 'study', 'poll', 'survey', 'letter', 'memo', 'document', 'filing', 'lawsuit',
  'complaint', 'ruling', 'decision', 'order', 'release', 'email', 'e-mail', 'ad', 'advertisement',
  'video', 'website', 'site', 'post', 'tweet', 'book', 'article', 'analysis', 'review', 'audit',
  'investigation', 'indictment', 'motion', 'brief', 'transcript', 'bill', 'resolution', 'platform',
  'campaign', 'company', 'firm', 'committee', 'agency', 'group', 'organization', 'organisation',
  'department', 'ministry', 'court', 'administration', 'government', 'council', 'board', 'party',
  'network', 'newspaper', 'magazine', 'paper', 'outlet', 'foundation', 'institute', 'university',
  'bank', 'union', 'association', 'commission', 'office', 'team', 'coalition', 'corporation',
]);
