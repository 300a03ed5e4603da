/**
 * End matter: a heading in the second half of the text that opens what follows the article
 * ("Kontakt", "Quellen:", "Related posts", "Mehr über ...:", "More on ...", "Über den Autor") marks it and every
 * line after it (one mark a line, so that marks of earlier stages inside stay as they are).
 */
import type { Line } from '../lines.ts';
import type { Detector, Mark } from './mark.ts';

/** The heading must start past this share of the text's characters: an early one heads a section. */
const MIN_POSITION = 0.5;
/** An author box: "Autor", "Über die Autorin", "About the author", "Fragen an den Autor", "O autorze", "Sobre el autor". */
const AUTHOR_BOX =
  "(?:(?:über (?:den|die) |zum |zur |fragen an (?:den|die) )?autor(?:in|en|innen)?|(?:about )?the authors?|o autor(?:ze|ce|ach)|sobre (?:el|la) autora?|à propos de l[’']auteur|l[’']auteur)";
const END_MATTER_HEADING = new RegExp(
  String.raw`^(?:kontakt|contact|contacto|quellen(?:angaben)?|sources?|fuentes|(?:mehr (?:über|zum thema|zu)|more (?:on|about)) [^\n]{1,60}|das könnte sie auch interessieren|you (?:may|might) also like|related(?: articles| posts| stories)?|ähnliche (?:artikel|beiträge)|${AUTHOR_BOX})\s*:?$`,
  'iu',
);
/** Every heading above is shorter than this. */
const MAX_HEADING = 80;

/** True for a line that opens the end matter after an article. */
export function isEndMatterHeading(text: string): boolean {
  return text.length <= MAX_HEADING && END_MATTER_HEADING.test(text);
}

/** The first end-matter heading past the text's middle, with everything after it. */
export const detectEndMatter: Detector = (lines: readonly Line[]): Mark[] => {
  const total = lines.reduce((sum, line) => sum + line.text.length, 0);
  let before = 0;
  const heading = lines.findIndex((line) => {
    const found = before > total * MIN_POSITION && isEndMatterHeading(line.text);
    before += line.text.length;
    return found;
  });
  if (heading < 0) return [];
  return lines.slice(heading).map((line) => ({ start: line.start, end: line.end, reason: 'end-matter' }));
};
