/**
 * A page's site name as an outlet name: a URL becomes the outlet its host names, a legal form
 * goes ("Acme News Inc." -> "Acme News"), and so does a tagline after a dash or bar when it is
 * longer than the name ("Daily Planet - the news that matters" -> "Daily Planet").
 */
import { outletFromUrl } from './host.ts';

const LEGAL_SUFFIX = /[,\s]+(?:Inc|Ltd|LLC|plc|GmbH|S\.?A|Limited|Corp|Co)\.?$/i;
const TAGLINE_SEPARATOR = /\s+[|–—-]\s+/;
/** A name longer than this is not followed by a tagline but part of a longer name. */
const MAX_NAME_WORDS = 4;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** "Name - a longer tagline" -> "Name"; anything else unchanged. */
export function withoutTagline(siteName: string): string {
  const at = TAGLINE_SEPARATOR.exec(siteName);
  if (!at) return siteName;
  const head = siteName.slice(0, at.index).trim();
  const tail = siteName.slice(at.index + at[0].length).trim();
  return words(head) <= MAX_NAME_WORDS && words(tail) > words(head) ? head : siteName;
}

export function withoutLegalForm(siteName: string): string {
  const clean = siteName.replace(LEGAL_SUFFIX, '').trim();
  return clean.length >= 2 ? clean : siteName;
}

/** The outlet a site name stands for; the name itself when there is nothing to clean. */
export function cleanSiteName(siteName: string): string {
  const trimmed = siteName.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(trimmed)) return outletFromUrl(trimmed) ?? trimmed;
  return withoutLegalForm(withoutTagline(trimmed));
}
