/** General knowledge about how people are named and referred to in news (no story data). */

export type Gender = 'm' | 'f';

/** Titles written before a name; they mark it as a person's ("President", "Mr."). */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'sen.', 'rep', 'rep.',
  'representative', 'governor', 'gov', 'gov.', 'mayor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady', 'king', 'queen',
  'prince', 'princess', 'pope', 'chancellor', 'general', 'gen', 'gen.', 'judge', 'justice',
  'ambassador', 'commissioner', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'ceo',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'leader', 'speaker', 'foreign',
  'defense', 'defence', 'interior', 'finance', 'attorney', 'sheikh', 'emir', 'archbishop', 'bishop',
  'rabbi', 'imam', 'father', 'officer', 'captain', 'colonel', 'lieutenant', 'sergeant', 'detective',
  'coach', 'founder', 'executive', 'premier', 'president-elect', 'former', 'then-president',
]);

/** Role nouns that can stand for a person ("the president said"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'minister', 'secretary', 'senator', 'governor', 'mayor',
  'chancellor', 'king', 'queen', 'prince', 'pope', 'ambassador', 'commissioner', 'chairman',
  'chairwoman', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'premier',
  'general', 'judge', 'ceo', 'chief executive', 'coach', 'founder', 'lawmaker', 'congressman',
  'congresswoman', 'official', 'adviser', 'advisor', 'speaker',
]);

export const HONORIFIC_GENDER: Readonly<Record<string, Gender>> = {
  mr: 'm', 'mr.': 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', father: 'm', chairman: 'm',
  spokesman: 'm', congressman: 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f',
  dame: 'f', lady: 'f', queen: 'f', princess: 'f', chairwoman: 'f', spokeswoman: 'f',
  congresswoman: 'f',
};

export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', she: 'f' };

/** Common given names by gender, across the languages that most often appear in English news. */
const MALE = `james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl
arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne
elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bill mike joe jim tom
bernie rishi keir boris emmanuel vladimir volodymyr xi narendra benjamin recep olaf friedrich justin
luiz lula javier gustavo andres andrés manuel nicolas nicolás marco marcelo carlos luis jorge pedro
miguel antonio francisco alejandro ricardo fernando sergio raul raúl alberto eduardo diego pablo
enrique felipe rafael roberto emilio hugo mohammed muhammad ahmed ali omar hassan hussein abdul ibrahim
yusuf mustafa khalid tariq ahmad mahmoud abdullah salman hamad tayyip jeff mark warren tim sundar
satya jensen sam larry sergey steve rupert kim moon shinzo fumio yoon li wang hans klaus jurgen jürgen
wolfgang dieter heinz karl pierre jean jacques francois françois michel alain giorgio giuseppe matteo
sergio mario silvio dmitry sergei alexei alexey ivan igor yuri oleksandr andrzej kamal rahul
imran nawaz shehbaz cyril jacob jair ron rand chuck lindsey mitch kevin hakeem pete marco ted josh
jd jd. mike mikhail recep ashraf ehud yair naftali isaac herzog`;

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
kayla alexis lori hillary kamala nancy ursula angela theresa giorgia marine ségolène xiomara
dilma cristina michelle michele ivanka melania jill alexandria ilhan rashida marjorie liz lauren
kristi nikki tulsi pam kristen ketanji sonia elena amy susan lisa jeanine kirsti kirsty nicola
yvette priti suella rachel liz jacinda sanna mette kaja annalena olena yulia svetlana natalia tatiana
irina olga benazir indira sheikh hasina aung sonia priyanka mamata nirmala yoko yuriko tsai ingrid
margrethe beatriz lucia lucía ana sofia sofía valentina camila isabel carmen rosa fernanda gabriela
daniela paula adriana veronica verónica patricia alejandra leticia mariana fatima fatma aisha ayesha
layla leila zainab mariam maryam nadia yasmin sheikha taylor beyonce beyoncé oprah greta malala`;

const toSet = (names: string): Set<string> => new Set(names.split(/\s+/).filter((n) => n !== ''));

const MALE_NAMES = toSet(MALE);
const FEMALE_NAMES = toSet(FEMALE);

/** The gender a given name usually has, or null when unknown or used for both. */
export function givenNameGender(name: string): Gender | null {
  const lower = name.toLowerCase();
  const male = MALE_NAMES.has(lower);
  const female = FEMALE_NAMES.has(lower);
  if (male === female) return null;
  return male ? 'm' : 'f';
}

export function isGivenName(name: string): boolean {
  const lower = name.toLowerCase();
  return MALE_NAMES.has(lower) || FEMALE_NAMES.has(lower);
}

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
