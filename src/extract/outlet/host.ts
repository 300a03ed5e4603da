/** The outlet named by an article URL: a well-known domain's display name, else the host's name. */
import { COMPOUND_SUFFIXES, NEWS_DOMAINS } from '../data/news-outlets.ts';

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}

/** The host without its public suffix: "example.co.uk" -> "example", "news.example.com" -> "example". */
export function hostStem(host: string): string | null {
  const labels = host.split('.').filter((l) => l.length > 0);
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return null;
  const secondLast = labels[labels.length - 2] ?? '';
  const compound = labels.length >= 3 && COMPOUND_SUFFIXES.has(secondLast) && (labels[labels.length - 1] ?? '').length === 2;
  return labels[labels.length - (compound ? 3 : 2)] ?? null;
}

export function outletFromUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const known = NEWS_DOMAINS[labels.slice(i).join('.')];
    if (known) return known;
  }
  const stem = hostStem(host);
  return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : null;
}
