/**
 * General-knowledge word lists the generator needs to tell names from other capitalised words,
 * and to vary wording. No word here comes from any particular story.
 */

/** Capitalised words that are not names: function words, titles, designators, weekdays. */
export const notNames: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'For', 'Of', 'In', 'On', 'At', 'To', 'By',
  'With', 'From', 'As', 'If', 'It', 'Its', 'He', 'She', 'We', 'They', 'You', 'His', 'Her', 'Our', 'Their',
  'This', 'That', 'These', 'Those', 'There', 'Here', 'When', 'Where', 'What', 'Who', 'Why', 'How',
  'Not', 'No', 'Yes', 'All', 'Some', 'Many', 'Most', 'After', 'Before', 'While', 'Since', 'Until',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Madam', 'President', 'Vice', 'Senator', 'Sen', 'Rep', 'Gov', 'Governor',
  'Mayor', 'Minister', 'Prime', 'Secretary', 'General', 'Gen', 'Chief', 'Judge', 'Justice', 'King', 'Queen',
  'Prince', 'Princess', 'Pope', 'Lt', 'Col', 'Capt', 'Sgt', 'Prof', 'Rev', 'Officer', 'Director',
  'Center', 'Centre', 'University', 'College', 'School', 'Institute', 'Party', 'Department', 'Ministry',
  'Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Co', 'Group', 'Bank', 'Fund', 'Foundation', 'Association',
  'Committee', 'Commission', 'Council', 'Agency', 'Office', 'Bureau', 'Service', 'Board', 'Union', 'League',
  'Court', 'Supreme', 'House', 'Senate', 'Congress', 'Parliament', 'Assembly', 'Administration',
  'Street', 'Avenue', 'Road', 'Highway', 'Bridge', 'River', 'Lake', 'Island', 'Islands', 'Mountain',
  'County', 'City', 'State', 'States', 'Province', 'Region', 'District', 'Republic', 'Kingdom', 'United',
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'New',
  'National', 'International', 'Federal', 'Hospital', 'Airport', 'Station', 'Church', 'Army', 'Navy',
  'Police', 'Force', 'Forces', 'Guard', 'Museum', 'Hall', 'Square', 'Park', 'Hotel', 'Prison', 'Jail',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Internet', 'TV',
  'Democrat', 'Democrats', 'Democratic', 'Republican', 'Republicans', 'Independent', 'Day', 'Year',
]);

export const months = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
] as const;

/** Interchangeable wordings, applied to a few sentences of each article to vary it. */
export const synonyms: ReadonlyMap<string, readonly string[]> = new Map([
  ['said', ['stated', 'told reporters', 'noted']],
  ['says', ['states', 'notes']],
  ['about', ['around', 'roughly']],
  ['also', ['additionally', 'as well']],
  ['big', ['large', 'major']],
  ['large', ['big', 'sizeable']],
  ['began', ['started', 'got under way']],
  ['started', ['began', 'launched']],
  ['help', ['assist', 'aid']],
  ['show', ['indicate', 'suggest']],
  ['showed', ['indicated', 'suggested']],
  ['people', ['residents', 'individuals']],
  ['killed', ['left dead']],
  ['officials', ['authorities']],
  ['announced', ['unveiled', 'declared']],
  ['however', ['though', 'nevertheless']],
  ['many', ['numerous', 'a number of']],
  ['quickly', ['rapidly', 'swiftly']],
  ['after', ['following']],
  ['before', ['ahead of', 'prior to']],
]);
