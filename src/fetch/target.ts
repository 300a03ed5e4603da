/**
 * Where a request may go: the URL checked (http/https, no credentials) and the host resolved once
 * to an address that is checked, so the connection goes to the very address that passed the check.
 */
import { lookup } from 'node:dns/promises';
import { classifyAddress, describeClass } from './address.ts';
import { failure } from './failure.ts';
import type { FetchFailure, FetchOptions, Resolver, ResolvedAddress } from './types.ts';

const ALLOW_HINT = '(use --allow-private to allow it)';

export type UrlCheck = { readonly ok: true; readonly url: URL } | FetchFailure;

/** The URL parsed and checked: absolute, http or https, a host, no user name or password. */
export function checkUrl(raw: string | URL, base?: URL): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return failure(String(raw), 'invalid-url', 'not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return failure(url, 'invalid-url', `refused: only http and https URLs are fetched, not ${url.protocol.slice(0, -1)}`);
  }
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
    return failure(url, 'invalid-url', 'refused: URLs carrying a user name or password are not fetched');
  }
  if (url.hostname === '') return failure(url, 'invalid-url', 'the URL has no host');
  return { ok: true, url };
}

/** The host name without the brackets an IPv6 literal has in a URL. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

export const systemResolver: Resolver = async (hostname) => lookup(hostname, { all: true, verbatim: true });

export type AddressPick = { readonly ok: true; readonly address: ResolvedAddress } | FetchFailure;

export type AddressRules = Pick<FetchOptions, 'resolve' | 'allowPrivate' | 'allowedAddresses' | 'connectTimeoutMs'>;

/** The first address of the host, once every address it resolves to passed the address rules. */
export async function pickAddress(url: URL, rules: AddressRules): Promise<AddressPick> {
  const { resolve, allowPrivate, allowedAddresses, connectTimeoutMs: timeoutMs } = rules;
  const host = bareHost(url);
  const literal = classifyAddress(host);
  let addresses: readonly ResolvedAddress[];
  if (literal !== null) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    const resolved = await resolveWithin(host, resolve, timeoutMs);
    if (resolved === 'timeout') return failure(url, 'timeout', `no address for ${host} within ${timeoutMs} ms`);
    if (typeof resolved === 'string') return failure(url, 'network', resolved);
    addresses = resolved;
  }
  const first = addresses[0];
  if (first === undefined) return failure(url, 'network', `${host} has no address`);
  if (allowPrivate) return { ok: true, address: first };
  for (const { address } of addresses) {
    const kind = classifyAddress(address) ?? 'reserved';
    if (kind === 'public' || allowedAddresses.includes(address)) continue;
    const where = address === host ? address : `${host} resolves to ${address}, which`;
    return failure(url, 'private-address', `refused: ${where} is ${describeClass(kind)} address ${ALLOW_HINT}`);
  }
  return { ok: true, address: first };
}

async function resolveWithin(host: string, resolve: Resolver, timeoutMs: number): Promise<readonly ResolvedAddress[] | string> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<string>((done) => {
    timer = setTimeout(() => done('timeout'), timeoutMs);
  });
  const lookupResult = resolve(host).then(
    (addresses) => addresses,
    (error: unknown) => `could not resolve ${host} (${errorCode(error)})`,
  );
  try {
    return await Promise.race([lookupResult, expiry]);
  } finally {
    clearTimeout(timer);
  }
}

/** The system error code (ENOTFOUND, ECONNREFUSED...) or message of an error. */
export function errorCode(error: unknown): string {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}
