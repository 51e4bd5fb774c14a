import { describe, expect, it } from 'vitest';
import { sourceLineOf, withReportedPosition } from '../../../src/lib/mermaid/locate-mermaid-error';
import { DiagramError } from '../../../src/lib/mermaid/diagram-error';

describe('withReportedPosition', () => {
  it('keeps a position the parser handed over', () => {
    expect(withReportedPosition({ message: 'Parse error on line 9:', line: 3, column: 2 })).toEqual({ message: 'Parse error on line 9:', line: 3, column: 2 });
  });
  it('reads "on line N" (Jison grammars) and "on line N, column M" (Langium grammars) from the message', () => {
    expect(withReportedPosition({ message: 'Parse error on line 3:\n...', line: null, column: null })).toMatchObject({ line: 3, column: null });
    expect(withReportedPosition({ message: 'Parsing failed: Parse error on line 2, column 8: Expecting…', line: null, column: null })).toMatchObject({ line: 2, column: 8 });
  });
  it('leaves messages without a position alone', () => {
    expect(withReportedPosition({ message: 'No diagram type detected', line: null, column: null })).toMatchObject({ line: null, column: null });
  });
});

describe('sourceLineOf', () => {
  // Mermaid counts lines after removing these; the expected lines are counted by hand.
  it('is the identity for a plain diagram', () => {
    expect(sourceLineOf('flowchart LR\n  A --> B\n  B -->> ]]', 3)).toBe(3);
  });
  it('skips a front-matter block', () => {
    expect(sourceLineOf('---\ntitle: Hi\n---\nflowchart LR\n A --> B\n B -->> ]]', 3)).toBe(6);
  });
  it('skips a directive line', () => {
    expect(sourceLineOf('%%{init: {"theme":"forest"}}%%\nflowchart LR\n A --> B\n B -->> ]]', 3)).toBe(4);
  });
  it('skips comment lines and leading blank lines', () => {
    expect(sourceLineOf('%% comment\n\nflowchart LR\n A --> B\n B -->> ]]', 3)).toBe(5);
    expect(sourceLineOf('\n\nflowchart LR\n A --> B', 2)).toBe(4);
  });
  it('skips blank lines directly above a comment, as Mermaid does', () => {
    expect(sourceLineOf('flowchart LR\n A --> B\n\n%% note\n B -->> ]]', 3)).toBe(5);
  });
  it('skips a directive spanning several lines', () => {
    expect(sourceLineOf('%%{init: {\n  "theme": "dark"\n}}%%\nflowchart LR\n A -->', 2)).toBe(5);
  });
  it('returns null for a line that does not exist', () => {
    expect(sourceLineOf('flowchart LR', 4)).toBeNull();
  });
});

describe('DiagramError', () => {
  it('names the file, line, column, the offending diagram line and Mermaid\'s message', () => {
    const e = new DiagramError({ file: 'src/content/posts/2026/x.mdx', line: 12, column: 3, diagramLine: 2, value: '  B -->> ]]', mermaidMessage: 'Parse error on line 2:' });
    expect(e.message).toBe('src/content/posts/2026/x.mdx:12:3: Mermaid could not parse this diagram (line 2 of the diagram, "B -->> ]]"). Mermaid says: Parse error on line 2:');
    expect(e).toMatchObject({ name: 'DiagramError', file: 'src/content/posts/2026/x.mdx', line: 12, column: 3, exitCode: 65 });
  });
  it('puts a multi-line Mermaid message on its own lines', () => {
    const e = new DiagramError({ file: 'a.mdx', line: 5, column: 1, value: 'pie', mermaidMessage: 'first\nsecond' });
    expect(e.message).toBe('a.mdx:5:1: Mermaid could not parse this diagram. Mermaid says:\nfirst\nsecond');
  });
});
