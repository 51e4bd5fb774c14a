import { BibtexError } from './bibtex-error';

/** One `name = value` of an entry. `raw` is the TeX between the delimiters, after `#` and @string expansion. */
export interface BibField {
  readonly name: string;
  readonly raw: string;
  readonly line: number;
  readonly column: number;
}

/** One `@type{key, ...}` entry. `type` and field names are lower case; the key keeps its case. */
export interface BibEntry {
  readonly type: string;
  readonly key: string;
  readonly line: number;
  readonly column: number;
  readonly fields: ReadonlyMap<string, BibField>;
}

/** BibTeX's predefined month macros. */
const MONTHS: ReadonlyMap<string, string> = new Map([
  ['jan', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['may', 'May'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['aug', 'August'],
  ['sep', 'September'],
  ['oct', 'October'],
  ['nov', 'November'],
  ['dec', 'December'],
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_:.+\-/]*/;
/** Keys may hold most punctuation (doi-like "10.1000/x", "smith:2020a") but none of BibTeX's delimiters. */
const KEY = /^[^\s,{}()="#%@\\]+/;

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'a line break';
  return `"${ch}"`;
}

class BibtexParser {
  private pos = 0;
  private readonly lineStarts: number[] = [0];
  private readonly macros = new Map<string, string>(MONTHS);

  constructor(
    private readonly src: string,
    private readonly file: string,
  ) {
    for (let i = 0; i < src.length; i += 1) if (src[i] === '\n') this.lineStarts.push(i + 1);
  }

  private point(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] as number) + 1 };
  }

  private fail(message: string, offset: number, value: string): never {
    throw new BibtexError(message, { file: this.file, ...this.point(offset), value });
  }

  /** Skips whitespace and `%` comments (to the end of the line). */
  private skipSpace(): void {
    for (;;) {
      const ch = this.src[this.pos];
      if (ch === '%') {
        const end = this.src.indexOf('\n', this.pos);
        this.pos = end === -1 ? this.src.length : end + 1;
      } else if (ch !== undefined && /\s/.test(ch)) {
        this.pos += 1;
      } else {
        return;
      }
    }
  }

  private read(pattern: RegExp): string | undefined {
    const match = pattern.exec(this.src.slice(this.pos, this.pos + 1000));
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  parse(): BibEntry[] {
    const entries: BibEntry[] = [];
    const seen = new Map<string, BibEntry>();
    for (;;) {
      // Outside entries everything is commentary, except that a line starting with % may mention an "@".
      this.skipToEntry();
      if (this.pos >= this.src.length) return entries;
      const at = this.pos;
      this.pos += 1;
      this.skipSpace();
      const type = this.read(IDENTIFIER)?.toLowerCase();
      if (type === undefined) {
        this.fail(`Expected an entry type such as "article" after "@", found ${describe(this.src[this.pos])}.`, this.pos, this.src.slice(at, at + 20));
      }
      this.skipSpace();
      const opener = this.src[this.pos];
      if (opener !== '{' && opener !== '(') {
        this.fail(`Expected "{" after "@${type}", found ${describe(opener)}.`, this.pos, `@${type}`);
      }
      const closer = opener === '{' ? '}' : ')';
      this.pos += 1;
      if (type === 'comment') {
        this.skipBalanced(at, closer);
      } else if (type === 'preamble') {
        this.skipSpace();
        this.value('preamble', at);
        this.skipSpace();
        this.expect(closer, `to close the @preamble that starts at line ${this.point(at).line}`);
      } else if (type === 'string') {
        this.stringMacro(at, closer);
      } else {
        const entry = this.entry(type, at, closer);
        const previous = seen.get(entry.key.toLowerCase());
        if (previous) {
          const clash = previous.key === entry.key ? `is used again` : `differs only in case from "${previous.key}"`;
          this.fail(`The citation key "${entry.key}" ${clash}; the first entry is at line ${previous.line}. Keys must be unique.`, at, entry.key);
        }
        seen.set(entry.key.toLowerCase(), entry);
        entries.push(entry);
      }
    }
  }

  private skipToEntry(): void {
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '@') return;
      if (ch === '%') {
        const end = this.src.indexOf('\n', this.pos);
        this.pos = end === -1 ? this.src.length : end + 1;
      } else {
        this.pos += 1;
      }
    }
  }

  private skipBalanced(start: number, closer: string): void {
    let depth = 0;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      this.pos += 1;
      if (ch === '{') depth += 1;
      else if (ch === '}' && depth > 0) depth -= 1;
      else if (ch === closer && depth === 0) return;
    }
    this.fail(`The @comment that starts here is never closed with "${closer}".`, start, '@comment');
  }

  private expect(ch: string, why: string): void {
    if (this.src[this.pos] !== ch) {
      this.fail(`Expected "${ch}" ${why}, found ${describe(this.src[this.pos])}.`, this.pos, this.src.slice(this.pos, this.pos + 20));
    }
    this.pos += 1;
  }

  private stringMacro(at: number, closer: string): void {
    this.skipSpace();
    const nameAt = this.pos;
    const name = this.read(IDENTIFIER);
    if (name === undefined) this.fail(`Expected a macro name after "@string{", found ${describe(this.src[this.pos])}.`, this.pos, '@string');
    this.skipSpace();
    this.expect('=', `after the @string name "${name}"`);
    this.skipSpace();
    const value = this.value(name, nameAt);
    this.skipSpace();
    this.expect(closer, `to close the @string that starts at line ${this.point(at).line}`);
    this.macros.set(name.toLowerCase(), value);
  }

  private entry(type: string, at: number, closer: string): BibEntry {
    this.skipSpace();
    const keyAt = this.pos;
    const key = this.read(KEY);
    if (key === undefined) {
      this.fail(`The @${type} entry has no citation key: expected a key after "{", found ${describe(this.src[this.pos])}.`, keyAt, `@${type}`);
    }
    const start = this.point(at);
    const fields = new Map<string, BibField>();
    this.skipSpace();
    if (this.src[this.pos] === closer) {
      this.pos += 1;
      return { type, key, ...start, fields };
    }
    this.expect(',', `after the citation key "${key}"`);
    for (;;) {
      this.skipSpace();
      if (this.src[this.pos] === closer) {
        this.pos += 1;
        break;
      }
      const nameAt = this.pos;
      const name = this.read(IDENTIFIER)?.toLowerCase();
      if (name === undefined) {
        this.fail(
          `Expected a field name or "${closer}" in entry "${key}", found ${describe(this.src[this.pos])} (is a comma or a closing brace missing?).`,
          nameAt,
          this.src.slice(nameAt, nameAt + 20),
        );
      }
      this.skipSpace();
      this.expect('=', `after the field name "${name}" in entry "${key}"`);
      this.skipSpace();
      const raw = this.value(name, nameAt);
      if (fields.has(name)) {
        this.fail(`The field "${name}" appears twice in entry "${key}".`, nameAt, name);
      }
      fields.set(name, { name, raw, ...this.point(nameAt) });
      this.skipSpace();
      const next = this.src[this.pos];
      if (next === ',') {
        this.pos += 1;
      } else if (next === closer) {
        this.pos += 1;
        break;
      } else {
        this.fail(
          `Expected "," or "${closer}" after the value of field "${name}" in entry "${key}", found ${describe(next)} (is a comma missing?).`,
          this.pos,
          this.src.slice(this.pos, this.pos + 20),
        );
      }
    }
    return { type, key, ...start, fields };
  }

  /** A field value: pieces joined by "#", each a braced or quoted string, a number or a macro. */
  private value(field: string, fieldAt: number): string {
    let out = '';
    for (;;) {
      const ch = this.src[this.pos];
      if (ch === '{') {
        out += this.delimited('{', '}', field);
      } else if (ch === '"') {
        out += this.delimited('"', '"', field);
      } else if (ch !== undefined && /[0-9]/.test(ch)) {
        out += this.read(/^[0-9]+/) as string;
      } else if (ch !== undefined && /[A-Za-z_]/.test(ch)) {
        const macroAt = this.pos;
        const name = this.read(IDENTIFIER) as string;
        const expansion = this.macros.get(name.toLowerCase());
        if (expansion === undefined) {
          this.fail(
            `The value of field "${field}" uses "${name}", which is not a defined @string macro (put text in braces or quotes).`,
            macroAt,
            name,
          );
        }
        out += expansion;
      } else {
        this.fail(`Expected a value for field "${field}" (in braces, quotes, a number or a macro), found ${describe(ch)}.`, this.pos, this.src.slice(fieldAt, this.pos + 1));
      }
      this.skipSpace();
      if (this.src[this.pos] !== '#') return out;
      this.pos += 1;
      this.skipSpace();
    }
  }

  /** The text between an opening delimiter and its partner, with inner braces balanced and kept. */
  private delimited(open: string, close: string, field: string): string {
    const start = this.pos;
    this.pos += 1;
    let depth = 0;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\') {
        // An escaped brace or quote never opens, closes or ends anything.
        this.pos += 2;
        continue;
      }
      if (ch === '{') {
        depth += 1;
      } else if (ch === '}') {
        if (depth === 0) {
          if (close === '}') {
            this.pos += 1;
            return this.src.slice(start + 1, this.pos - 1);
          }
          this.fail(`The quoted value of field "${field}" has a "}" without a matching "{".`, this.pos, this.src.slice(start, this.pos + 1));
        }
        depth -= 1;
      } else if (ch === close && depth === 0) {
        this.pos += 1;
        return this.src.slice(start + 1, this.pos - 1);
      } else if (ch === '\n' && /^[ \t]*@[A-Za-z]+[ \t]*[{(]/.test(this.src.slice(this.pos + 1, this.pos + 200))) {
        // A value never spans the start of another entry: its closing delimiter is missing.
        this.fail(
          `The value of field "${field}" is not closed before the next entry starts at line ${this.point(this.pos + 1).line}; a closing ${close === '}' ? 'brace' : 'quote'} is missing.`,
          start,
          this.src.slice(start, start + 40).split('\n')[0] ?? '',
        );
      }
      this.pos += 1;
    }
    const what = open === '{' ? 'brace "{"' : 'quote "\\""';
    this.fail(`The value of field "${field}" opens a ${what} here that is never closed.`, start, this.src.slice(start, start + 40).split('\n')[0] ?? '');
  }
}

/**
 * Parses a .bib file: entries of any type in braces or parentheses, values in braces or quotes with
 * nested braces, numbers, @string macros (months predefined) joined with "#", @comment and
 * @preamble blocks, text between entries and `%` comments. Errors are BibtexError naming the file,
 * line and column; duplicate keys and duplicate fields are errors.
 */
export function parseBibtex(source: string, file: string): BibEntry[] {
  return new BibtexParser(source.replace(/^\uFEFF/, ''), file).parse();
}
