/**
 * Reading the loosely typed values a feed parser hands back: a string, an element object with
 * `#text` and `@_attribute` keys, or an array of either for a repeated element.
 */

export type Loose = unknown;

/** The values of a possibly repeated element, in document order. */
export function each(value: Loose): readonly Loose[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The trimmed text of a value (the first one when repeated), or undefined when blank or absent. */
export function textOf(value: Loose): string | undefined {
  const first = each(value)[0];
  const raw = typeof first === 'object' && first !== null && '#text' in first ? first['#text'] : first;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim();
  return text === '' ? undefined : text;
}

/** "Jo Doe, Ana Ruiz" from the `name` of each author value (Atom `author`, JSON Feed `authors`), repeats dropped. */
export function namesOf(authors: Loose): string | undefined {
  const names = each(authors).map((author) => textOf(field(author, 'name'))).filter((name) => name !== undefined);
  return names.length === 0 ? undefined : [...new Set(names)].join(', ');
}

/** An attribute of an element value (`@_name`), or undefined. */
export function attribute(value: Loose, name: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw: unknown = (value as Record<string, unknown>)[`@_${name}`];
  return typeof raw === 'string' ? raw.trim() : undefined;
}

/** A property of an object value, or undefined (for items that are not objects at all). */
export function field(value: Loose, name: string): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The character data of raw XML content (kept unparsed, e.g. Atom `content`): CDATA sections
 * unwrapped as they are; outside them the five XML entities and character references decoded,
 * other named entities (HTML ones) left for the HTML reader.
 */
export function xmlCharacterData(raw: string): string {
  let text = '';
  let position = 0;
  while (position < raw.length) {
    const start = raw.indexOf('<![CDATA[', position);
    if (start === -1) break;
    const end = raw.indexOf(']]>', start + 9);
    text += decodeXmlEntities(raw.slice(position, start)) + raw.slice(start + 9, end === -1 ? raw.length : end);
    position = end === -1 ? raw.length : end + 3;
  }
  return text + decodeXmlEntities(raw.slice(position));
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (!name.startsWith('#')) return XML_ENTITIES[name] ?? whole;
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** True when the text holds HTML markup: a tag, a comment or a character reference. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:[a-zA-Z][\w-]{0,20}[\s/>]|\/[a-zA-Z][\w-]{0,20}\s{0,8}>|!--)|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});/.test(text);
}

/** An http(s) URL as written (trimmed), or undefined when the value is not one. */
export function httpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Tags removed from a title that carries markup (Atom `type="html"` titles). */
export function plainTitle(title: string | undefined): string | undefined {
  const plain = title?.replace(/<[^<>]{0,300}>/g, '').replace(/\s+/g, ' ').trim();
  return plain === '' ? undefined : plain;
}
