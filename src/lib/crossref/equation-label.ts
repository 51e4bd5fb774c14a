/** A `\label{...}` found in a formula: the label text and where the command starts in the formula. */
export interface EquationLabel {
  readonly label: string;
  readonly offset: number;
  /** The command as written, for messages. */
  readonly source: string;
}

// The argument may not hold braces: a label is a plain name, and a brace there is a typo to report.
const LABEL_COMMAND = /\\label\s*\{([^{}]*)\}/g;

/** Every `\label{...}` in a formula, in order. */
export function findEquationLabels(tex: string): EquationLabel[] {
  return [...tex.matchAll(LABEL_COMMAND)].map((m) => ({ label: (m[1] as string).trim(), offset: m.index, source: m[0] }));
}

/** Whether the formula sets its own tag, which a label would conflict with. */
export function hasTag(tex: string): boolean {
  return /\\tag\*?\s*\{/.test(tex) || /\\notag\b|\\nonumber\b/.test(tex);
}

/**
 * The formula with its `\label{...}` removed and `\tag{number}` added at the top level, where
 * KaTeX accepts it (after an `aligned` environment, not inside it). Trailing whitespace left where
 * the label stood is dropped so the formula ends cleanly.
 */
export function tagEquation(tex: string, label: EquationLabel, number: number): string {
  const without = tex.slice(0, label.offset) + tex.slice(label.offset + label.source.length);
  return `${without.replace(/\s+$/, '')}\n\\tag{${number}}`;
}
