/**
 * IP address and CIDR parsing for the `cidr` operator of event patterns.
 *
 * Every address is held as eight 16-bit groups. An IPv4 address is stored in the IPv4-mapped block
 * (`::ffff:a.b.c.d`), so `10.0.0.7` and `::ffff:10.0.0.7` are the same address and an IPv4 CIDR is
 * the same range shifted by 96 bits. This mirrors EventBridge, whose Java parser turns IPv4-mapped
 * literals into plain IPv4 addresses: "::ffff:10.0.0.0/24" is the IPv4 block 10.0.0.0/24.
 *
 * Prefix lengths follow EventBridge's matcher (aws/event-ruler): 0–31 for IPv4 and 0–127 for IPv6.
 * A /32 or /128 block is refused; a single address is matched with its plain value instead.
 */

/** Eight 16-bit groups, most significant first. */
export type IpGroups = readonly number[];

export interface CidrRange {
  /** Network address with the host bits cleared. */
  readonly base: IpGroups;
  /** Prefix length in the 128-bit space (IPv4 prefixes are stored as prefix + 96). */
  readonly bits: number;
}

// Longest textual IPv6 form ("ffff:…:255.255.255.255" is 45 characters); longer strings are not IPs.
const MAX_IP_TEXT = 45;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function octet(text: string): number | null {
  // Leading zeros are ambiguous (some parsers read them as octal), so they are rejected.
  if (text.length > 1 && text.startsWith('0')) return null;
  const n = Number(text);
  return n <= 255 ? n : null;
}

function parseIpv4(text: string): [number, number] | null {
  const m = IPV4.exec(text);
  if (m === null) return null;
  const a = octet(m[1]!);
  const b = octet(m[2]!);
  const c = octet(m[3]!);
  const d = octet(m[4]!);
  if (a === null || b === null || c === null || d === null) return null;
  return [(a << 8) | b, (c << 8) | d];
}

/** Parses colon-separated groups; the last group may be a dotted IPv4 tail worth two groups. */
function parseGroups(text: string, allowIpv4Tail: boolean): number[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (allowIpv4Tail && i === parts.length - 1 && part.includes('.')) {
      const tail = parseIpv4(part);
      if (tail === null) return null;
      groups.push(tail[0], tail[1]);
    } else if (HEX_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

function parseIpv6(text: string): number[] | null {
  const gap = text.indexOf('::');
  if (gap === -1) {
    const groups = parseGroups(text, true);
    return groups !== null && groups.length === 8 ? groups : null;
  }
  if (text.indexOf('::', gap + 1) !== -1) return null; // "::" may appear only once
  const head = parseGroups(text.slice(0, gap), false);
  const tail = parseGroups(text.slice(gap + 2), true);
  if (head === null || tail === null) return null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null; // "::" stands for at least one zero group
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

export interface ParsedIp {
  readonly groups: IpGroups;
  readonly v4: boolean;
}

/** Parses an IPv4 or IPv6 literal (no zone index, no brackets); returns null for anything else. */
export function parseIp(text: string): ParsedIp | null {
  if (text.length === 0 || text.length > MAX_IP_TEXT) return null;
  if (!text.includes(':')) {
    const v4 = parseIpv4(text);
    return v4 === null ? null : { groups: [0, 0, 0, 0, 0, 0xffff, v4[0], v4[1]], v4: true };
  }
  const groups = parseIpv6(text);
  return groups === null ? null : { groups, v4: false };
}

/** Parses "address/prefix"; returns the range or a sentence saying what is wrong. */
export function parseCidr(text: string): CidrRange | string {
  const slash = text.indexOf('/');
  if (slash === -1 || text.indexOf('/', slash + 1) !== -1) {
    return `needs exactly one "/" between the address and the prefix length, like "10.0.0.0/24"`;
  }
  const ip = parseIp(text.slice(0, slash));
  if (ip === null) return `address "${text.slice(0, slash)}" is not a valid IPv4 or IPv6 address`;
  // An IPv4-mapped IPv6 literal (::ffff:a.b.c.d) is an IPv4 address, with IPv4's prefix limits.
  const v4 = ip.v4 || isMapped(ip.groups);
  const prefixText = text.slice(slash + 1);
  const max = v4 ? 31 : 127;
  const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix <= max)) {
    const single = prefix === max + 1 ? `; a single address is matched with its plain value` : '';
    return `prefix length must be a whole number from 0 to ${max} for ${v4 ? 'IPv4' : 'IPv6'}, got "${prefixText}"${single}`;
  }
  const bits = v4 ? prefix + 96 : prefix;
  // Host bits are cleared, so "10.0.0.7/24" covers 10.0.0.0–10.0.0.255 like any CIDR block.
  const base = ip.groups.map((g, i) => g & groupMask(bits, i));
  return { base, bits };
}

/** Whether eight groups are an IPv4-mapped address, ::ffff:a.b.c.d. */
function isMapped(groups: IpGroups): boolean {
  return groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
}

function groupMask(bits: number, index: number): number {
  const inGroup = Math.min(16, Math.max(0, bits - 16 * index));
  return inGroup === 0 ? 0 : (0xffff << (16 - inGroup)) & 0xffff;
}

export function cidrContains(range: CidrRange, groups: IpGroups): boolean {
  for (let i = 0; i < 8; i++) {
    const mask = groupMask(range.bits, i);
    if (mask === 0) return true;
    if ((groups[i]! & mask) !== range.base[i]) return false;
  }
  return true;
}
