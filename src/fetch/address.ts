/**
 * Which kind of network an IP address belongs to, so the fetcher only connects to the public
 * internet. Ranges are data (IANA special-purpose registries); IPv6 forms that carry an IPv4
 * address (mapped, NAT64, 6to4) are judged by the address they carry.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { fail } from '../errors.ts';

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'cgnat'
  | 'multicast'
  | 'reserved';

interface Range {
  readonly base: bigint;
  readonly bits: number;
  readonly kind: AddressClass;
}

/** An IPv6 prefix whose addresses carry an IPv4 address at bit offset `shift` from the right. */
interface Carrier {
  readonly base: bigint;
  readonly bits: number;
  readonly shift: bigint;
}

const IPV4_RANGES: ReadonlyArray<readonly [string, AddressClass]> = [
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'cgnat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'],
  ['192.0.2.0/24', 'reserved'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'reserved'],
  ['198.51.100.0/24', 'reserved'],
  ['203.0.113.0/24', 'reserved'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
];

const IPV6_RANGES: ReadonlyArray<readonly [string, AddressClass]> = [
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['::/96', 'reserved'],
  ['64:ff9b:1::/48', 'private'],
  ['100::/64', 'reserved'],
  ['2001::/32', 'reserved'],
  ['2001:db8::/32', 'reserved'],
  ['fc00::/7', 'private'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'private'],
  ['ff00::/8', 'multicast'],
];

const IPV4_CARRIERS: ReadonlyArray<readonly [string, bigint]> = [
  ['::ffff:0:0/96', 0n],
  ['64:ff9b::/96', 0n],
  ['2002::/16', 80n],
];

/** The IPv4 address as a 32-bit number, or null when it is not a dotted quad. */
export function ipv4Value(text: string): bigint | null {
  if (!isIPv4(text)) return null;
  return text.split('.').reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

/** The IPv6 address as a 128-bit number (zone and brackets ignored), or null when it is not one. */
export function ipv6Value(text: string): bigint | null {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.{0,64}$/, '');
  if (!isIPv6(bare)) return null;
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare)?.[1];
  const hex = dotted === undefined ? bare : bare.slice(0, -dotted.length) + ipv4AsGroups(dotted);
  const [head = '', tail] = hex.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}

function ipv4AsGroups(dotted: string): string {
  const value = ipv4Value(dotted) ?? 0n;
  return `${(value >> 16n).toString(16)}:${(value & 0xffffn).toString(16)}`;
}

function parseRange(cidr: string, kind: AddressClass, width: number): Range {
  const [address = '', bits = ''] = cidr.split('/');
  const base = width === 32 ? ipv4Value(address) : ipv6Value(address);
  if (base === null) fail('E_OPTION', `expected a CIDR range, instead found ${cidr}`);
  return { base, bits: Number(bits), kind };
}

const v4Ranges = IPV4_RANGES.map(([cidr, kind]) => parseRange(cidr, kind, 32));
const v6Ranges = IPV6_RANGES.map(([cidr, kind]) => parseRange(cidr, kind, 128));
const v4Carriers: readonly Carrier[] = IPV4_CARRIERS.map(([cidr, shift]) => ({ ...parseRange(cidr, 'public', 128), shift }));

function inPrefix(value: bigint, base: bigint, bits: number, width: number): boolean {
  const drop = BigInt(width - bits);
  return value >> drop === base >> drop;
}

/** The most specific range containing the value (ranges are listed general before specific). */
function classOf(value: bigint, ranges: readonly Range[], width: number): AddressClass {
  let found: Range | null = null;
  for (const range of ranges) {
    if (inPrefix(value, range.base, range.bits, width) && (found === null || range.bits > found.bits)) found = range;
  }
  return found?.kind ?? 'public';
}

/** The kind of network of an IPv4 or IPv6 address, or null when the text is not an IP address. */
export function classifyAddress(text: string): AddressClass | null {
  const v4 = ipv4Value(text);
  if (v4 !== null) return classOf(v4, v4Ranges, 32);
  const v6 = ipv6Value(text);
  if (v6 === null) return null;
  const carrier = v4Carriers.find((c) => inPrefix(v6, c.base, c.bits, 128));
  if (carrier !== undefined) return classOf((v6 >> carrier.shift) & 0xffffffffn, v4Ranges, 32);
  return classOf(v6, v6Ranges, 128);
}

/** A phrase for the reason line: "a private", "a loopback", "an unspecified". */
export function describeClass(kind: AddressClass): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
