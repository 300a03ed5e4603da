/**
 * Month names in the other languages news is commonly written in (German, French, Spanish,
 * Italian, Dutch), lower-case, to their month number. English names live in `parse-date.ts`.
 */
const NAMES_BY_LANGUAGE: readonly (readonly string[])[] = [
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ['jänner', 'feber'],
];

export const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES_BY_LANGUAGE.flatMap((names) => names.map((name, i): [string, number] => [name, i + 1])),
);
