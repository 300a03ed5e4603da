/**
 * Speech verbs that attribute a quote, as data: each lemma with its inflected forms. `clause`
 * verbs also report speech indirectly ("X warned that ..."); the others only attribute quotes.
 */
interface CueVerb {
  readonly forms: readonly string[];
  /** Reports speech without quotation marks: "X said that ...". */
  readonly clause: boolean;
  /** May introduce a clause without "that" when a subject follows ("she said he would ..."). */
  readonly bareClause?: boolean;
}

const regular = (stem: string, clause: boolean, bareClause = false): CueVerb => {
  const base = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  return { forms: [stem, `${stem}s`, `${base}ed`, `${base}ing`], clause, bareClause };
};

/** A verb that is also a common noun ("a report", "the claim"): only its -ed and -ing forms cue. */
const nounLike = (stem: string, clause: boolean): CueVerb => {
  const base = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  return { forms: [`${base}ed`, `${base}ing`], clause };
};

/**
 * Verbs that name or judge rather than report, cueing the quoted words they govern ("called
 * the plan “a disaster”", "thanked them for “stepping up”"); never reported speech.
 */
const NAMING_VERBS: readonly CueVerb[] = [
  { forms: ['called', 'calls', 'calling'], clause: false },
  regular('describe', false),
  { forms: ['labeled', 'labelled', 'labeling', 'labelling', 'labels'], clause: false },
  { forms: ['dubbed', 'dubbing'], clause: false },
  nounLike('brand', false),
  regular('thank', false),
  nounLike('praise', false),
  { forms: ['echoed', 'echoing', 'echoes'], clause: false },
];

/** Forms of the naming verbs. */
export const NAMING_FORMS: ReadonlySet<string> = new Set(NAMING_VERBS.flatMap((v) => v.forms));

export const CUE_VERBS: readonly CueVerb[] = [
  { forms: ['say', 'says', 'said', 'saying'], clause: true, bareClause: true },
  { forms: ['tell', 'tells', 'told', 'telling'], clause: true, bareClause: true },
  { forms: ['write', 'writes', 'wrote', 'writing'], clause: true, bareClause: true },
  { forms: ['replied', 'replying'], clause: true },
  { forms: ['deny', 'denies', 'denied', 'denying'], clause: true },
  { forms: ['cite', 'cites', 'cited', 'citing'], clause: false },
  { forms: ['tweeted', 'tweeting'], clause: true },
  { forms: ['posted'], clause: false },
  { forms: ['ask', 'asks', 'asked', 'asking'], clause: false },
  { forms: ['answered', 'answering'], clause: true },
  nounLike('state', true),
  regular('confirm', true),
  regular('warn', true, true),
  regular('announce', true, true),
  regular('add', true, true),
  nounLike('note', true),
  regular('argue', true, true),
  { ...nounLike('claim', true), bareClause: true },
  regular('insist', true, true),
  regular('explain', true),
  regular('emphasize', true),
  regular('emphasise', true),
  regular('stress', true),
  regular('acknowledge', true, true),
  regular('admit', true),
  regular('respond', true),
  nounLike('report', true),
  regular('suggest', true),
  regular('recount', true),
  regular('recall', true),
  regular('declare', true, true),
  regular('maintain', true),
  regular('assert', true, true),
  regular('reveal', true),
  regular('indicate', true),
  regular('predict', true, true),
  nounLike('vow', true),
  nounLike('pledge', true),
  nounLike('promise', true),
  regular('threaten', true),
  regular('complain', true, true),
  regular('concede', true, true),
  regular('disclose', true),
  nounLike('estimate', true),
  nounLike('remark', true),
  regular('continue', false),
  regular('exclaim', false),
  regular('shout', false),
  nounLike('joke', true),
  nounLike('quip', true),
  regular('reiterate', true, true),
  regular('observe', true),
  regular('conclude', true),
  regular('contend', true, true),
  regular('allege', true, true),
  regular('affirm', true),
  regular('assure', true),
  regular('lament', true),
  regular('boast', true),
  regular('caution', true),
  regular('muse', true),
  regular('surmise', true),
  regular('elaborate', false),
  regular('urge', false),
  regular('wonder', false),
  regular('interject', false),
  regular('proclaim', true),
  regular('retort', false),
  regular('scoff', false),
  regular('plead', false),
  regular('mutter', false),
  regular('whisper', false),
  regular('yell', false),
  regular('scream', false),
  regular('chant', false),
  regular('tout', false),
  regular('opine', true),
  nounLike('charge', true),
  nounLike('counter', true),
  nounLike('comment', true),
  nounLike('demand', false),
  { forms: ['testify', 'testifies', 'testified', 'testifying'], clause: true },
  regular('marvel', false),
  regular('gush', false),
  { forms: ['cracked', 'snapped', 'sighed', 'groaned', 'chimed', 'volunteered'], clause: false },
  ...NAMING_VERBS,
];

/** The forms with an irregular double consonant the regular rule misses. */
const EXTRA_FORMS: readonly [string, boolean][] = [
  ['admitted', true], ['admitting', true], ['quipped', true], ['quipping', true],
];

const formsOf = (pick: (v: CueVerb) => boolean): Set<string> =>
  new Set(CUE_VERBS.filter(pick).flatMap((v) => v.forms));

/** Every form of every cue verb, lower case. */
export const CUE_FORMS: ReadonlySet<string> = new Set([
  ...formsOf(() => true),
  ...EXTRA_FORMS.map(([f]) => f),
]);

/** A word that is a form of a cue verb. */
export const isCue = (w: { readonly lower: string } | undefined): boolean => w !== undefined && CUE_FORMS.has(w.lower);

/** Forms that report speech in a "that" clause. */
export const CLAUSE_FORMS: ReadonlySet<string> = new Set([
  ...formsOf((v) => v.clause),
  ...EXTRA_FORMS.filter(([, c]) => c).map(([f]) => f),
]);

/** Forms that may introduce a clause without "that" ("she said he would ...", "said the plan was ..."). */
export const BARE_CLAUSE_FORMS: ReadonlySet<string> = formsOf((v) => v.bareClause === true);

/** Objects that belong to the cue ("told reporters"). */
export const CUE_OBJECTS = /^(?:reporters|journalists|the press|the media|lawmakers|supporters|the crowd|the audience)\b/i;

/** Words allowed between a subject and its cue verb ("Smith has also said"). */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'also', 'then', 'later', 'reportedly', 'publicly', 'firmly', 'repeatedly',
  'previously', 'himself', 'herself', 'themselves', 'did', 'does', 'not', 'never', 'once', 'again',
  'recently', 'further', 'would', 'could', 'will', 'was', 'is', 'just', 'flatly', 'simply', 'quickly', 'emphatically', 'only', 'earlier', 'privately', 'openly',
  'angrily', 'bluntly', 'separately', 'already', 'still', 'even', 'went', 'on', 'to', 'and', 'now', 'first', 'initially',
  'ultimately', 'finally', 'instead', 'often', 'always', 'frequently', 'since',
]);
