/**
 * Month names in the languages news is commonly written in, lower-case, to their month number.
 * `FOREIGN_MONTHS` holds the full names of the languages other than English; `MONTH_NAMES` holds
 * every language's names plus the unambiguous 3- and 4-letter abbreviations of the Latin-script
 * ones ("févr", "okt", "dic"), for reading dates in any page.
 */
const ENGLISH = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Languages whose names also yield abbreviations. */
const ABBREVIATED_LANGUAGES: readonly (readonly string[])[] = [
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
];

/** Languages read by their full names only (inflected forms included). */
const FULL_NAME_LANGUAGES: readonly (readonly string[])[] = [
  ['jänner', 'feber', 'märz'],
  ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'],
  ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'],
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
  ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
];

const numbered = (names: readonly string[]): [string, number][] => names.map((name, i): [string, number] => [name, i + 1]);

export const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map(
  [...ABBREVIATED_LANGUAGES.slice(0, 5), FULL_NAME_LANGUAGES[0] ?? []].flatMap(numbered),
);

/** The 3- and 4-letter prefixes of the names that point to one month only, across languages. */
function unambiguousAbbreviations(languages: readonly (readonly string[])[]): [string, number][] {
  const months = new Map<string, Set<number>>();
  for (const [name, month] of languages.flatMap(numbered)) {
    for (const prefix of [name.slice(0, 3), name.slice(0, 4)]) {
      const seen = months.get(prefix) ?? new Set<number>();
      months.set(prefix, seen.add(month));
    }
  }
  return [...months].filter(([, seen]) => seen.size === 1).map(([prefix, seen]): [string, number] => [prefix, [...seen][0] ?? 0]);
}

export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ...unambiguousAbbreviations([ENGLISH, ...ABBREVIATED_LANGUAGES]),
  ['sept', 9],
  ['mrt', 3],
  ...[ENGLISH, ...ABBREVIATED_LANGUAGES, ...FULL_NAME_LANGUAGES].flatMap(numbered),
]);
