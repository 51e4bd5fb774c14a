import { createHash } from 'node:crypto';

/**
 * A built asset's name with its hash swapped for one of `content`: "math.uWtZv3w3.css" becomes
 * "math.<8 characters>.css". Astro serves /_astro/ under names that change with their content, so
 * hosts may cache those files for good; a file rewritten after the build must get a new name too.
 * Throws when the name has no hash part to replace.
 */
export function hashedName(name: string, content: Uint8Array | string): string {
  const m = /^(.*)\.([A-Za-z0-9_-]{8})(\.[A-Za-z0-9]+)$/.exec(name);
  if (!m) throw new Error(`The built file "${name}" has no hash in its name (expected "name.XXXXXXXX.ext"), so it cannot be renamed after its content.`);
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8);
  return `${m[1]}.${hash}${m[3]}`;
}
