/** What a label numbers: a display equation, a figure or a table. */
export type LabelKind = 'eq' | 'fig' | 'tab';

export interface ParsedLabel {
  readonly kind: LabelKind;
  readonly name: string;
}

/** Names are words joined by single hyphens or dots, so a trailing full stop is never part of one. */
export const LABEL_NAME = '[A-Za-z0-9_]+(?:[-.][A-Za-z0-9_]+)*';

const LABEL = new RegExp(`^(eq|fig|tab):(${LABEL_NAME})$`);

/** Splits "fig:frontier" into its kind and name; undefined when the label is not of that form. */
export function parseLabel(label: string): ParsedLabel | undefined {
  const match = LABEL.exec(label);
  if (!match) return undefined;
  return { kind: match[1] as LabelKind, name: match[2] as string };
}

/** The HTML id of a labelled item: "eq:objective" becomes "eq-objective". */
export function anchorId(label: ParsedLabel): string {
  return `${label.kind}-${label.name}`;
}

/** How a reference reads in prose: "Eq. (3)", "Figure 2", "Table 1". */
export function referenceText(kind: LabelKind, number: number): string {
  switch (kind) {
    case 'eq':
      return `Eq. (${number})`;
    case 'fig':
      return `Figure ${number}`;
    case 'tab':
      return `Table ${number}`;
  }
}

/** The noun used in error messages. */
export function kindNoun(kind: LabelKind): string {
  return kind === 'eq' ? 'equation' : kind === 'fig' ? 'figure' : 'table';
}
