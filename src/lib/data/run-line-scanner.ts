import type { GraderAccess } from './types';

/** The five name columns of runs.csv, in file order, as interner ids. */
export type RunNameIds = [number, number, number, number, number];

/** What the scanner hands on for a line it takes whole. */
export interface ScannedRun {
  ids: RunNameIds;
  seed: number;
  passed: boolean;
  agentTimeS: number;
  graderMentions: number;
  graderAccess: GraderAccess;
}

/**
 * The fast reader of runs.csv lines: a line whose names were all seen on earlier valid lines and
 * whose numbers are plain digits is read straight from the chunk, without cutting it into ten
 * strings and checking each one. A million-run file is almost nothing but such lines.
 *
 * It vouches only for what the full check would accept with the same values, and otherwise
 * declines (returns undefined) so the line takes the full path, which reports any error:
 * - a name must equal one recorded by `accept` (so it is valid and listed);
 * - seed and grader_mentions are 1 to 15 digits (countCell's rule, whose value is exact);
 * - agent_time_s is digits with an optional fraction, 15 digits at most, so that the digits
 *   as a whole number and the power of ten are exact doubles and their quotient is rounded
 *   once, which is Number()'s reading of the text;
 * - passed is 0 or 1; grader_access is none, ran or read and ends the line.
 */
export interface RunLineScanner {
  scan(text: string, start: number, end: number): ScannedRun | undefined;
  /** Records the names of a line the full path accepted, by their interner ids. */
  accept(ids: Readonly<RunNameIds>): void;
}

const COMMA = 44;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const MAX_DIGITS = 15;
// Parsed, not computed: each is then exactly its power of ten (Math.pow need not be exact).
const POWERS_OF_TEN = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => Number(`1e${k}`));

/** `nameOf` is the interner's: the name of an id that `accept` was given. */
export function createRunLineScanner(nameOf: (id: number) => string): RunLineScanner {
  const known = [0, 1, 2, 3, 4].map(() => new Map<string, number>());
  // The previous line's names: runs.csv is written cell by cell, so most names repeat it, and
  // comparing in place is cheaper than cutting the name out to look it up.
  const lastName = ['', '', '', '', ''];
  const lastId: RunNameIds = [0, 0, 0, 0, 0];
  // Reused for every line, and filled in as the line is read: the caller copies what it keeps
  // of a line the scanner takes, and gets nothing of one it declines.
  const out: ScannedRun = { ids: [0, 0, 0, 0, 0], seed: 0, passed: false, agentTimeS: 0, graderMentions: 0, graderAccess: 'none' };
  const { ids } = out;
  let pos = 0;

  /** Reads 1 to 15 digits and a comma at pos; -1 when the text is anything else. */
  const count = (text: string, end: number): number => {
    let value = 0;
    const from = pos;
    let c = text.charCodeAt(pos);
    while (c >= ZERO && c <= NINE) {
      value = value * 10 + (c - ZERO);
      c = text.charCodeAt(++pos);
    }
    const digits = pos - from;
    if (digits === 0 || digits > MAX_DIGITS || c !== COMMA || pos >= end) return -1;
    pos += 1;
    return value;
  };

  return {
    accept(accepted) {
      for (let f = 0; f < 5; f++) {
        const id = accepted[f] as number;
        const name = nameOf(id);
        (known[f] as Map<string, number>).set(name, id);
        lastName[f] = name;
        lastId[f] = id;
      }
    },

    scan(text, start, end) {
      pos = start;
      for (let f = 0; f < 5; f++) {
        const last = lastName[f] as string;
        const after = pos + last.length;
        if (last !== '' && after < end && text.charCodeAt(after) === COMMA && text.startsWith(last, pos)) {
          ids[f] = lastId[f] as number;
          pos = after + 1;
          continue;
        }
        const comma = text.indexOf(',', pos);
        if (comma < 0 || comma >= end) return undefined;
        const id = (known[f] as Map<string, number>).get(text.slice(pos, comma));
        if (id === undefined) return undefined;
        ids[f] = id;
        pos = comma + 1;
      }

      const seed = count(text, end);
      if (seed < 0) return undefined;

      const passed = text.charCodeAt(pos) - ZERO;
      if ((passed !== 0 && passed !== 1) || text.charCodeAt(pos + 1) !== COMMA) return undefined;
      pos += 2;

      let digits = 0;
      let fraction = -1;
      let value = 0;
      for (let c = text.charCodeAt(pos); c !== COMMA; c = text.charCodeAt(++pos)) {
        if (c >= ZERO && c <= NINE) {
          value = value * 10 + (c - ZERO);
          digits += 1;
          if (fraction >= 0) fraction += 1;
        } else if (c === DOT && fraction < 0 && digits > 0) fraction = 0;
        else return undefined;
      }
      if (digits === 0 || digits > MAX_DIGITS || fraction === 0 || pos >= end) return undefined;
      pos += 1;
      const agentTimeS = fraction > 0 ? value / (POWERS_OF_TEN[fraction] as number) : value;

      const graderMentions = count(text, end);
      if (graderMentions < 0) return undefined;

      const left = end - pos;
      let graderAccess: GraderAccess;
      if (left === 4 && text.startsWith('none', pos)) graderAccess = 'none';
      else if (left === 3 && text.startsWith('ran', pos)) graderAccess = 'ran';
      else if (left === 4 && text.startsWith('read', pos)) graderAccess = 'read';
      else return undefined;

      for (let f = 0; f < 5; f++) {
        const id = ids[f] as number;
        if (id !== lastId[f]) {
          lastId[f] = id;
          lastName[f] = nameOf(id);
        }
      }
      out.seed = seed;
      out.passed = passed === 1;
      out.agentTimeS = agentTimeS;
      out.graderMentions = graderMentions;
      out.graderAccess = graderAccess;
      return out;
    },
  };
}
