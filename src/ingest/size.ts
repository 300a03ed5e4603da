const BYTES_PER_MB = 1024 * 1024;

/** "20 MB", "25.3 MB", "0.25 MB", or plain bytes below a hundredth of a megabyte. */
export function formatSize(bytes: number): string {
  const megabytes = bytes / BYTES_PER_MB;
  if (megabytes < 0.01) return `${bytes} bytes`;
  return `${Number(megabytes.toFixed(megabytes >= 1 ? 1 : 2))} MB`;
}

/** The reason given for a file or record over the size limit, e.g. "file is 25.3 MB, over the 20 MB limit". */
export function tooLargeReason(what: string, bytes: number, maxBytes: number): string {
  const size = formatSize(bytes);
  const limit = formatSize(maxBytes);
  if (size === limit) return `${what} is ${bytes} bytes, over the ${limit} limit (${maxBytes} bytes)`;
  return `${what} is ${size}, over the ${limit} limit`;
}
