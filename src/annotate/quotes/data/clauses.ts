/**
 * Words that show a reported clause begins without "that": a subject pronoun ("said he would"),
 * or a finite verb a few words into it ("said the party was hostile").
 */

/** Subject pronouns, with their contracted forms ("he'd", "they're"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(
  ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there'].flatMap((p) =>
    [p, ...["'s", "'d", "'ll", "'re", "'ve", "'m"].flatMap((c) => [`${p}${c}`, `${p}${c.replace("'", '’')}`])],
  ),
);

/** Auxiliaries and modals: a finite verb whatever the subject. */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'may',
  'has', 'had', 'have', 'did', 'does', 'do', 'shall', 'isn’t', "isn't", 'wasn’t', "wasn't",
  'aren’t', "aren't", 'weren’t', "weren't", 'won’t', "won't", 'wouldn’t', "wouldn't", 'can’t',
  "can't", 'couldn’t', "couldn't", 'shouldn’t', "shouldn't", 'hasn’t', "hasn't", 'hadn’t', "hadn't",
  'haven’t', "haven't", 'didn’t', "didn't", 'doesn’t', "doesn't", 'don’t', "don't", 'needs', 'wants',
  'remains', 'seems', 'knows', 'thinks', 'believes', 'deserves', 'plans', 'intends', 'supports', 'opposes',
]);

/** Words that never stand in the subject of a reported clause. */
export const NOT_IN_SUBJECT: ReadonlySet<string> = new Set([
  'that', 'to', 'and', 'but', 'or', 'if', 'when', 'while', 'because', 'as', 'for', 'at', 'on', 'in',
  'with', 'by', 'from', 'about', 'after', 'before', 'during', 'nothing', 'something', 'anything',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'goodbye', 'hello', 'thanks', 'yes', 'no', 'so', 'not', 'what', 'how', 'why', 'than', 'of',
]);

/** Time words that may stand between a cue and its bare clause ("said Tuesday the plan ..."). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'recently', 'later', 'earlier', 'previously', 'repeatedly', 'again', 'also', 'then', 'now',
  'last', 'this', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'publicly', 'privately',
]);
