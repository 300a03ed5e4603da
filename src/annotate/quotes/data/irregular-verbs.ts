/**
 * Common English irregular verbs as [base, past, past participle] (general knowledge): the forms
 * a suffix rule cannot make. The reported-clause finder reads them to tell a participle ("known",
 * "taken") from a finite verb.
 */
export const IRREGULAR_VERBS: readonly (readonly [string, string, string])[] = [
  ['arise', 'arose', 'arisen'], ['be', 'was', 'been'], ['bear', 'bore', 'borne'], ['beat', 'beat', 'beaten'],
  ['become', 'became', 'become'], ['begin', 'began', 'begun'], ['bet', 'bet', 'bet'], ['bid', 'bid', 'bid'],
  ['bind', 'bound', 'bound'], ['bite', 'bit', 'bitten'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'],
  ['bring', 'brought', 'brought'], ['build', 'built', 'built'], ['buy', 'bought', 'bought'], ['catch', 'caught', 'caught'],
  ['choose', 'chose', 'chosen'], ['come', 'came', 'come'], ['cost', 'cost', 'cost'], ['cut', 'cut', 'cut'],
  ['deal', 'dealt', 'dealt'], ['do', 'did', 'done'], ['draw', 'drew', 'drawn'], ['drink', 'drank', 'drunk'],
  ['drive', 'drove', 'driven'], ['eat', 'ate', 'eaten'], ['fall', 'fell', 'fallen'], ['feel', 'felt', 'felt'],
  ['fight', 'fought', 'fought'], ['find', 'found', 'found'], ['flee', 'fled', 'fled'], ['fly', 'flew', 'flown'],
  ['forbid', 'forbade', 'forbidden'], ['forecast', 'forecast', 'forecast'], ['foresee', 'foresaw', 'foreseen'],
  ['foretell', 'foretold', 'foretold'], ['forget', 'forgot', 'forgotten'], ['forgive', 'forgave', 'forgiven'],
  ['freeze', 'froze', 'frozen'], ['get', 'got', 'gotten'], ['give', 'gave', 'given'], ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'], ['hang', 'hung', 'hung'], ['have', 'had', 'had'], ['hear', 'heard', 'heard'],
  ['hide', 'hid', 'hidden'], ['hit', 'hit', 'hit'], ['hold', 'held', 'held'], ['hurt', 'hurt', 'hurt'],
  ['keep', 'kept', 'kept'], ['know', 'knew', 'known'], ['lay', 'laid', 'laid'], ['lead', 'led', 'led'],
  ['leave', 'left', 'left'], ['lend', 'lent', 'lent'], ['let', 'let', 'let'], ['lie', 'lay', 'lain'],
  ['lose', 'lost', 'lost'], ['make', 'made', 'made'], ['mean', 'meant', 'meant'], ['meet', 'met', 'met'],
  ['mislead', 'misled', 'misled'], ['overcome', 'overcame', 'overcome'], ['overtake', 'overtook', 'overtaken'],
  ['pay', 'paid', 'paid'], ['prove', 'proved', 'proven'], ['put', 'put', 'put'], ['quit', 'quit', 'quit'],
  ['read', 'read', 'read'], ['rethink', 'rethought', 'rethought'], ['retell', 'retold', 'retold'], ['ride', 'rode', 'ridden'],
  ['ring', 'rang', 'rung'], ['rise', 'rose', 'risen'], ['run', 'ran', 'run'], ['say', 'said', 'said'],
  ['see', 'saw', 'seen'], ['seek', 'sought', 'sought'], ['sell', 'sold', 'sold'], ['send', 'sent', 'sent'],
  ['set', 'set', 'set'], ['shake', 'shook', 'shaken'], ['shoot', 'shot', 'shot'], ['show', 'showed', 'shown'],
  ['shut', 'shut', 'shut'], ['sing', 'sang', 'sung'], ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'],
  ['sleep', 'slept', 'slept'], ['speak', 'spoke', 'spoken'], ['spend', 'spent', 'spent'], ['spread', 'spread', 'spread'],
  ['stand', 'stood', 'stood'], ['steal', 'stole', 'stolen'], ['stick', 'stuck', 'stuck'], ['strike', 'struck', 'struck'],
  ['swear', 'swore', 'sworn'], ['swing', 'swung', 'swung'], ['take', 'took', 'taken'], ['teach', 'taught', 'taught'],
  ['tear', 'tore', 'torn'], ['tell', 'told', 'told'], ['think', 'thought', 'thought'], ['throw', 'threw', 'thrown'],
  ['understand', 'understood', 'understood'], ['undertake', 'undertook', 'undertaken'], ['wake', 'woke', 'woken'],
  ['wear', 'wore', 'worn'], ['win', 'won', 'won'], ['withdraw', 'withdrew', 'withdrawn'], ['write', 'wrote', 'written'],
];

/** Past participles that differ from the past form ("known", "taken"): never a finite verb alone. */
export const PARTICIPLE_ONLY: ReadonlySet<string> = new Set(IRREGULAR_VERBS.filter(([, past, participle]) => past !== participle).map(([, , participle]) => participle));
