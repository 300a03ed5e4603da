/**
 * What the words before a date in text say it is: a publication ("Published", "Veröffentlicht
 * am", "Publié le"), a later edit ("Updated", "Aktualisiert", "Mis à jour") or a copyright (left
 * out: "© 2018").
 */
import type { DateRole } from './candidate.ts';
import type { NumericOrder, TextDate } from './text-dates.ts';
import { datesInText } from './text-dates.ts';

export interface LabelledDate extends TextDate {
  readonly role: DateRole;
}

/** How far before a date its label may start. */
const LABEL_REACH = 40;

const PUBLISHED_LABEL =
  /(?:published|posted|released|written|created|veröffentlicht|erschienen|publiziert|erstellt|geschrieben|publié|publicado|publicada|pubblicato|gepubliceerd|geplaatst|opublikowano|publikováno|publicerad|udgivet|julkaistu|yayınlanma|publicat|опубликовано)(?!\p{L})[^\d]{0,30}$/iu;
const MODIFIED_LABEL =
  /(?:updated?|modified|edited|revised|last changed|aktualisiert|geändert|änderung|bearbeitet|mis à jour|modifié|actualizado|actualizada|aggiornato|bijgewerkt|zaktualizowano|aktualizováno|uppdaterad|opdateret|päivitetty|güncellendi|обновлено)(?!\p{L})[^\d]{0,30}$/iu;
const COPYRIGHT_LABEL = /(?:©|\(c\)|copyright|&copy;)[^\d]{0,12}$/iu;

export function roleOfLabel(before: string): DateRole | 'copyright' {
  if (COPYRIGHT_LABEL.test(before)) return 'copyright';
  if (MODIFIED_LABEL.test(before)) return 'modified';
  return PUBLISHED_LABEL.test(before) ? 'published' : 'plain';
}

/** The dates of a text with the role their label gives them; copyright dates left out. */
export function labelledDates(text: string, order: NumericOrder): LabelledDate[] {
  const found: LabelledDate[] = [];
  let previousEnd = 0;
  for (const date of datesInText(text, order)) {
    const before = text.slice(Math.max(previousEnd, date.index - LABEL_REACH), date.index);
    previousEnd = date.end;
    const role = roleOfLabel(before);
    if (role !== 'copyright') found.push({ ...date, role });
  }
  return found;
}
