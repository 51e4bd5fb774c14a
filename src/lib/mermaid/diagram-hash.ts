import { createHash } from 'node:crypto';

/** sha256 of a diagram's source, hex; names the figure and seeds its ids. */
export function diagramHash(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex');
}
