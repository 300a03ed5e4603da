/**
 * Countries and their demonyms, to match a role's qualifier ("the French president") with the
 * words written around a person's name ("France's President ..."). Keys are normalised words.
 */
const PAIRS = `us:u.s. us usa american america united-states | uk:u.k. uk britain british england english
| mexico:mexican | canada:canadian | china:chinese | russia:russian | ukraine:ukrainian
| france:french | germany:german | italy:italian | spain:spanish | japan:japanese | india:indian
| brazil:brazilian | argentina:argentine argentinian | colombia:colombian | venezuela:venezuelan
| chile:chilean | peru:peruvian | cuba:cuban | israel:israeli | iran:iranian | iraq:iraqi
| syria:syrian | turkey:turkish turkiye | egypt:egyptian | saudi-arabia:saudi | pakistan:pakistani
| afghanistan:afghan | australia:australian | korea:korean south-korea north-korea | poland:polish
| hungary:hungarian | greece:greek | netherlands:dutch | belgium:belgian | sweden:swedish
| norway:norwegian | denmark:danish | finland:finnish | ireland:irish | portugal:portuguese
| nigeria:nigerian | kenya:kenyan | south-africa:south-african | ethiopia:ethiopian
| indonesia:indonesian | philippines:filipino philippine | vietnam:vietnamese | thailand:thai
| taiwan:taiwanese | lebanon:lebanese | jordan:jordanian | qatar:qatari | yemen:yemeni
| palestine:palestinian | guatemala:guatemalan | honduras:honduran | el-salvador:salvadoran
| nicaragua:nicaraguan | panama:panamanian | ecuador:ecuadorian | bolivia:bolivian
| uruguay:uruguayan | paraguay:paraguayan | haiti:haitian | dominican-republic:dominican
| belarus:belarusian | serbia:serbian | romania:romanian | austria:austrian | switzerland:swiss
| scotland:scottish | wales:welsh | new-zealand:kiwi | morocco:moroccan | algeria:algerian
| tunisia:tunisian | libya:libyan | sudan:sudanese | ghana:ghanaian | senegal:senegalese`;

const COUNTRY_OF = new Map<string, string>();
for (const group of PAIRS.split('|')) {
  const [country, words] = group.trim().split(':');
  if (!country || !words) continue;
  COUNTRY_OF.set(country, country);
  for (const word of words.split(/\s+/)) COUNTRY_OF.set(word, country);
}

/** The country a word names or describes ("French", "France's", "U.S."), or undefined. */
export function countryOf(word: string): string | undefined {
  const key = word.toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, '-');
  return COUNTRY_OF.get(key) ?? COUNTRY_OF.get(key.replace(/\.$/, ''));
}
