/** Plain text of a TimeML document: the TEXT element with its tags stripped and entities decoded. */

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

export function timemlText(xml: string): string {
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const inner = open === -1 || close < open ? '' : xml.slice(open + '<TEXT>'.length, close);
  return inner
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => entities[entity] ?? entity)
    .replace(/``/g, '“')
    .replace(/''/g, '”');
}
