/**
 * An address short enough to read off a projector: no scheme, and a long link's middle left out
 * ("lab.example.com/course/#p=async-retries&t=61150", "lab.example.com/#z=eJx…Qk"). The QR code
 * beside it carries the whole thing.
 */
export function shortAddress(url: string, max = 48): string {
  const bare = url.replace(/^https?:\/\//, '');
  if (bare.length <= max) return bare;
  const hash = bare.indexOf('#');
  const head = hash >= 0 ? bare.slice(0, hash + 1) : bare.slice(0, max - 12);
  const room = Math.max(8, max - head.length - 1);
  const tail = bare.slice(head.length);
  if (tail.length <= room) return head + tail;
  const keep = Math.floor((room - 1) / 2);
  return `${head}${tail.slice(0, keep)}…${tail.slice(tail.length - keep)}`;
}
