/**
 * Turns the TeX of a BibTeX field into plain Unicode text: accents ({\"o}, \'e, \c{c}), special
 * letters (\ss, \o, \i), escaped specials (\&, \%), dashes and ties, text-style commands
 * (\emph{x} becomes x), simple inline math, and case-protecting braces (dropped). A command this
 * function does not know is an error rather than a guess, so a bibliography never shows a stray
 * backslash.
 */

/** Raised with the offset (into the input) of the construct that could not be converted. */
export class LatexError extends Error {
  readonly offset: number;
  readonly value: string;
  constructor(message: string, offset: number, value: string) {
    super(message);
    this.name = 'LatexError';
    this.offset = offset;
    this.value = value;
  }
}

/** Accent commands and the combining mark each one adds to the following letter. */
const ACCENTS: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
};

/** Commands that stand for a letter or symbol on their own. */
const SYMBOLS: Readonly<Record<string, string>> = {
  i: 'ı',
  j: 'ȷ',
  o: 'ø',
  O: 'Ø',
  l: 'ł',
  L: 'Ł',
  ss: 'ß',
  SS: 'SS',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  dag: '†',
  ddag: '‡',
  S: '§',
  P: '¶',
  copyright: '©',
  textregistered: '®',
  texttrademark: '™',
  pounds: '£',
  euro: '€',
  textendash: '–',
  textemdash: '—',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  BibTeX: 'BibTeX',
  // Math-mode symbols that turn up in titles ("$\ell_1$-regularised", "$\alpha$-divergence").
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ϵ',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'ϕ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Upsilon: 'Υ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  ell: 'ℓ',
  infty: '∞',
  times: '×',
  pm: '±',
  cdot: '·',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  in: '∈',
  sqrt: '√',
  star: '⋆',
  ast: '∗',
  nabla: '∇',
  partial: '∂',
  log: 'log',
  exp: 'exp',
};

/** Commands whose argument is shown as plain text (the styling is dropped). */
const TEXT_COMMANDS = new Set([
  'emph',
  'textit',
  'textbf',
  'textsc',
  'texttt',
  'textrm',
  'textsf',
  'textup',
  'textsl',
  'textnormal',
  'text',
  'mathrm',
  'mathit',
  'mathbf',
  'mathsf',
  'mathtt',
  'mathcal',
  'mathbb',
  'operatorname',
  'url',
  'nolinkurl',
  'mbox',
  'hbox',
  'NoCaseChange',
  'MakeUppercase',
  'MakeLowercase',
  'uppercase',
  'lowercase',
]);

/** Commands that print nothing (spacing hints and hyphenation points). */
const SILENT_COMMANDS = new Set(['relax', 'protect', 'noopsort', 'hspace', 'allowbreak', '/', '-', 'nobreak']);

/** Commands taking one argument that is dropped entirely (sorting hints like \noopsort{a}). */
const DROPPED_ARGUMENT = new Set(['noopsort', 'hspace']);

/** Characters a backslash turns into themselves. */
const ESCAPED = new Set(['&', '%', '$', '#', '_', '{', '}', '\\', ' ', ',', ';', ':', '!', '@']);

const SPACE_COMMANDS: Readonly<Record<string, string>> = {
  ' ': ' ',
  ',': '\u2009',
  ';': ' ',
  ':': ' ',
  '!': '',
  '\\': ' ',
};

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z]/.test(ch);
}

class Converter {
  private pos = 0;
  constructor(private readonly src: string) {}

  run(): string {
    const out = this.sequence();
    if (this.pos < this.src.length) {
      throw new LatexError('There is a closing brace "}" without a matching opening brace.', this.pos, '}');
    }
    return out.normalize('NFC');
  }

  /** Reads until the end of input, or until the brace closing the current group when `inGroup`. */
  private sequence(inMath = false): string {
    let out = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] as string;
      // The caller decides whether a closing brace is expected here.
      if (ch === '}') return out;
      if (ch === '{') {
        out += this.group(inMath);
        continue;
      }
      if (ch === '\\') {
        out += this.command(inMath);
        continue;
      }
      if (ch === '$') {
        if (inMath) return out;
        out += this.math();
        continue;
      }
      if (ch === '~') {
        out += '\u00A0';
        this.pos += 1;
        continue;
      }
      if (inMath && (ch === '_' || ch === '^')) {
        this.pos += 1;
        continue;
      }
      if (ch === '-' && !inMath) {
        if (this.src.startsWith('---', this.pos)) {
          out += '—';
          this.pos += 3;
        } else if (this.src.startsWith('--', this.pos)) {
          out += '–';
          this.pos += 2;
        } else {
          out += '-';
          this.pos += 1;
        }
        continue;
      }
      if (ch === '`' && !inMath) {
        if (this.src.startsWith('``', this.pos)) {
          out += '“';
          this.pos += 2;
        } else {
          out += '‘';
          this.pos += 1;
        }
        continue;
      }
      if (ch === "'" && !inMath) {
        if (this.src.startsWith("''", this.pos)) {
          out += '”';
          this.pos += 2;
        } else {
          out += '’';
          this.pos += 1;
        }
        continue;
      }
      out += ch;
      this.pos += 1;
    }
    return out;
  }

  private group(inMath: boolean): string {
    const open = this.pos;
    this.pos += 1;
    const inner = this.sequence(inMath);
    if (this.src[this.pos] !== '}') {
      throw new LatexError('This opening brace "{" is never closed.', open, this.src.slice(open, open + 30));
    }
    this.pos += 1;
    return inner;
  }

  private math(): string {
    const open = this.pos;
    this.pos += 1;
    const inner = this.sequence(true);
    if (this.src[this.pos] !== '$') {
      throw new LatexError('This "$" starts inline math that is never closed.', open, this.src.slice(open, open + 30));
    }
    this.pos += 1;
    return inner;
  }

  /** The argument of an accent or text command: a braced group, or a single (possibly escaped) letter. */
  private argument(command: string, inMath: boolean): string {
    while (this.src[this.pos] === ' ') this.pos += 1;
    const ch = this.src[this.pos];
    if (ch === undefined || ch === '}') {
      throw new LatexError(`The command \\${command} needs an argument.`, this.pos, `\\${command}`);
    }
    if (ch === '{') return this.group(inMath);
    if (ch === '\\') return this.command(inMath);
    this.pos += 1;
    return ch;
  }

  private command(inMath: boolean): string {
    const start = this.pos;
    this.pos += 1;
    const first = this.src[this.pos];
    if (first === undefined) throw new LatexError('A backslash ends the text.', start, '\\');
    let name: string;
    if (isLetter(first)) {
      const match = /^[A-Za-z]+/.exec(this.src.slice(this.pos)) as RegExpExecArray;
      name = match[0];
      this.pos += name.length;
    } else {
      name = first;
      this.pos += 1;
    }
    const accent = ACCENTS[name];
    // \u, \v, \H... are accents only when followed by their argument, never as longer words.
    if (accent !== undefined) {
      const base = this.argument(name, inMath);
      if (base === '') return accent;
      // \'{\i} is how BibTeX spells í: the dotless letters take the accent as their dotted forms.
      const letter = base.slice(0, 1).replace('ı', 'i').replace('ȷ', 'j');
      return letter + accent + base.slice(1);
    }
    if (isLetter(first)) {
      // As in TeX, a control word swallows one following space ("\ss x" is "ßx"; "{\ss} x" keeps it).
      const symbol = SYMBOLS[name];
      if (symbol !== undefined) {
        if (this.src[this.pos] === ' ' && !inMath) this.pos += 1;
        if (this.src.startsWith('{}', this.pos)) this.pos += 2;
        return symbol;
      }
      if (TEXT_COMMANDS.has(name)) return this.argument(name, inMath);
      if (DROPPED_ARGUMENT.has(name)) {
        this.argument(name, inMath);
        return '';
      }
      if (SILENT_COMMANDS.has(name)) return '';
      throw new LatexError(
        `The LaTeX command \\${name} has no plain-text equivalent here; write the character itself (UTF-8 is fine in .bib files) or drop the command.`,
        start,
        `\\${name}`,
      );
    }
    const spacing = SPACE_COMMANDS[name];
    if (spacing !== undefined) return spacing;
    if (SILENT_COMMANDS.has(name)) return '';
    if (ESCAPED.has(name)) return name;
    throw new LatexError(`The LaTeX command \\${name} has no plain-text equivalent here.`, start, `\\${name}`);
  }
}

/** Plain text for a BibTeX field value; whitespace runs (including line breaks) become one space. */
export function latexToUnicode(tex: string): string {
  return new Converter(tex).run().replace(/[ \t\r\n]+/g, ' ').trim();
}

/**
 * Plain text for a field that is an identifier rather than prose (DOI, URL, eprint): braces go,
 * escaped specials lose their backslash, and nothing else changes, so "--" and "~" survive.
 */
export function verbatimField(tex: string): string {
  return tex
    .replace(/(?<!\\)[{}]/g, '')
    .replace(/\\([&%$#_{}~])/g, '$1')
    .replace(/\s+/g, '');
}
