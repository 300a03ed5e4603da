/** The media type and charset a Content-Type header declares. */

export interface ContentType {
  /** Lowercased `type/subtype`, '' when the header is absent or empty. */
  readonly mediaType: string;
  /** Lowercased `charset` parameter, without quotes, when present. */
  readonly charset?: string;
}

const CHARSET_PARAM = /;\s{0,16}charset\s{0,16}=\s{0,16}(?:"([^"]{0,64})"|([^;\s"]{1,64}))/i;

export function parseContentType(header: string | undefined): ContentType {
  if (header === undefined) return { mediaType: '' };
  const mediaType = (header.split(';')[0] ?? '').trim().toLowerCase();
  const match = CHARSET_PARAM.exec(header);
  const charset = (match?.[1] ?? match?.[2])?.trim().toLowerCase();
  return { mediaType, ...(charset === undefined || charset === '' ? {} : { charset }) };
}

/** True when the media type is one of the accepted ones; an absent Content-Type is accepted (left to sniffing). */
export function isAccepted(contentType: ContentType, accept: readonly string[]): boolean {
  return contentType.mediaType === '' || accept.includes(contentType.mediaType);
}
