import { gzipSync } from 'node:zlib';

/**
 * What one page of a built static site costs a reader, worked out from the files alone (no
 * browser): the HTML, the stylesheets it links, the JavaScript it runs at load and the JavaScript
 * it may fetch later, the fonts its CSS can pull in, and its SVG. Pure: the caller hands in every
 * file of the site keyed by URL path ("/_astro/a.js"), so it runs on any dist/ or on fixtures.
 */

/** raw: bytes of the files; gzip: bytes sent with gzip for text types (fonts and images go as they are). */
export interface Size {
  raw: number;
  gzip: number;
}

export interface FileGroup extends Size {
  /** URL paths, sorted. */
  files: string[];
}

export interface PageWeight {
  page: string;
  html: Size;
  css: FileGroup;
  js: {
    /** Scripts the page references and everything they import statically: fetched before it is interactive. */
    initial: FileGroup;
    /** Modules reachable only through import(): fetched when the code asks for them (e.g. a chart nears the viewport). */
    lazy: FileGroup;
  };
  /** Fonts the page's CSS can load: every @font-face whose family a rule that may match the page names. */
  fonts: FileGroup;
  /** Inline <svg> markup (already part of html) and .svg files the page loads. */
  svg: { inline: Size; files: FileGroup };
  /** html + css + initial js + fonts + svg files: what a first visit downloads. */
  total: Size;
  /** Referenced paths that are not among the files, sorted. */
  missing: string[];
  /** References to other hosts, sorted (a static research site should have none). */
  external: string[];
}

export type SiteFiles = ReadonlyMap<string, Uint8Array | string>;

/** Bytes of a body sent with gzip at zlib's default level (6), which is what most servers use. */
export function gzipSize(content: Uint8Array | string): number {
  return gzipSync(typeof content === 'string' ? Buffer.from(content, 'utf8') : content).length;
}

/** Formats that are compressed already; servers send them as they are. */
const PRECOMPRESSED = /\.(?:woff2?|png|jpe?g|gif|webp|avif|wasm|gz|br|zip)$/i;

/** Bytes on the wire when text is served with gzip and already-compressed formats are not. */
export function transferSize(path: string, content: Uint8Array | string): number {
  return PRECOMPRESSED.test(path) ? rawSize(content) : gzipSize(content);
}

function rawSize(content: Uint8Array | string): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
}

function text(content: Uint8Array | string): string {
  return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}

const ORIGIN = 'http://page-weight.invalid';

/**
 * Resolves a reference found in `from` to a URL path on this site, or reports it as external.
 * In HTML and CSS "a.css" is a relative URL; as a module specifier "vega" is bare and cannot load
 * in a browser without an import map, so it is dropped.
 */
function resolveRef(ref: string, from: string, kind: 'url' | 'module'): { path: string } | { external: string } | null {
  const r = ref.trim();
  if (r === '' || r.startsWith('data:') || r.startsWith('#') || r.startsWith('blob:')) return null;
  const isRelative = r.startsWith('/') || r.startsWith('./') || r.startsWith('../');
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(r) || r.startsWith('//');
  if (kind === 'module' && !isRelative && !hasScheme) return null;
  const url = new URL(r, ORIGIN + from);
  if (url.origin !== ORIGIN) return { external: url.href };
  return { path: decodeURIComponent(url.pathname) };
}

function decodeAttr(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Attributes of every start tag named `tag` (lower-cased names; valueless attributes map to ""). */
function tags(html: string, tag: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  const re = new RegExp(`<${tag}\\b([^>]*)>`, 'gi');
  for (const m of html.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const name = (a[1] ?? '').toLowerCase();
      attrs[name] = decodeAttr(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push(attrs);
  }
  return out;
}

/** HTML without comments, and without the bodies of <script> elements (JSON islands are not markup). */
function markupOnly(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2');
}

/** Outermost <svg>...</svg> elements; nested ones are part of their parent. */
export function inlineSvgs(html: string): string[] {
  const out: string[] = [];
  const re = /<(\/?)svg\b[^>]*?(\/?)>/gi;
  const markup = markupOnly(html);
  let depth = 0;
  let start = -1;
  for (const m of markup.matchAll(re)) {
    const closing = m[1] === '/';
    const selfClosing = m[2] === '/';
    if (!closing) {
      if (depth === 0) start = m.index;
      if (selfClosing) {
        if (depth === 0) out.push(m[0]);
      } else depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) out.push(markup.slice(start, m.index + m[0].length));
    }
  }
  return out;
}

/** Static import/export-from specifiers and dynamic import("...") specifiers of an ES module's text. */
export function moduleImports(js: string): { static: string[]; dynamic: string[] } {
  const stat: string[] = [];
  const dyn: string[] = [];
  // `import{a as b}from"./x.js"`, `import"./x.js"`, `import*as x from'./x.js'`, `export{a}from"./x.js"`, `export*from"./x.js"`.
  const staticRe = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const m of js.matchAll(staticRe)) stat.push(m[2] ?? '');
  const dynamicRe = /(?:^|[^\w$.])import\s*\(\s*(["'`])([^"'`\n$]+)\1\s*\)/g;
  for (const m of js.matchAll(dynamicRe)) dyn.push(m[2] ?? '');
  return { static: stat, dynamic: dyn };
}

interface CssRule {
  selectors: string[];
  body: string;
}

function cssRules(css: string): CssRule[] {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: CssRule[] = [];
  // Innermost blocks only: inside @media the rule's own selector is what precedes its brace.
  for (const m of clean.matchAll(/([^{};]+)\{([^{}]*)\}/g)) {
    out.push({ selectors: (m[1] ?? '').split(',').map((s) => s.trim()), body: m[2] ?? '' });
  }
  return out;
}

function declaration(body: string, prop: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`, 'i').exec(body);
  return m ? (m[1] ?? '').trim() : null;
}

function families(value: string): string[] {
  return value
    .replace(/!important/i, '')
    .split(',')
    .map((f) => f.trim().replace(/^["']|["']$/g, '').toLowerCase())
    .filter(Boolean);
}

/**
 * Whether a selector may match this page, judged by class names only: every class it names must
 * occur in the HTML. Selectors without classes (body, code, :root) are assumed to match.
 */
function mayMatch(selector: string, classes: ReadonlySet<string>): boolean {
  for (const m of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) if (!classes.has(m[1] ?? '')) return false;
  return true;
}

function classesOf(html: string): Set<string> {
  const set = new Set<string>();
  for (const m of markupOnly(html).matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    for (const c of (m[1] ?? m[2] ?? '').split(/\s+/)) if (c) set.add(c);
  }
  return set;
}

/** Every value each custom property (--x) is given anywhere; which one applies depends on the cascade. */
function customProperties(rules: readonly CssRule[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rules) {
    for (const m of r.body.matchAll(/(?:^|;)\s*(--[\w-]+)\s*:\s*([^;]+)/g)) {
      const name = m[1] ?? '';
      out.set(name, [...(out.get(name) ?? []), (m[2] ?? '').trim()]);
    }
  }
  return out;
}

/** Replaces var(--x) and var(--x, fallback) with all the values --x takes, comma-joined (one level deep). */
function substitute(value: string, custom: ReadonlyMap<string, string[]>): string {
  return value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g, (_, name: string, fallback: string | undefined) =>
    [...(custom.get(name) ?? []), ...(fallback ? [fallback] : [])].join(', '),
  );
}

function urlsIn(cssValue: string): string[] {
  return [...cssValue.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

class Collector {
  readonly seen = new Set<string>();
  readonly missing = new Set<string>();
  readonly external = new Set<string>();
  constructor(private readonly files: SiteFiles) {}

  /** Resolves `ref` from `from`; returns the site path when the file exists, recording misses. */
  take(ref: string, from: string, kind: 'url' | 'module' = 'url'): string | null {
    const r = resolveRef(ref, from, kind);
    if (!r) return null;
    if ('external' in r) {
      this.external.add(r.external);
      return null;
    }
    if (!this.files.has(r.path)) {
      this.missing.add(r.path);
      return null;
    }
    return r.path;
  }

  group(paths: Iterable<string>): FileGroup {
    const files = [...new Set(paths)].sort();
    let raw = 0;
    let gzip = 0;
    for (const p of files) {
      const c = this.files.get(p);
      if (c === undefined) continue;
      raw += rawSize(c);
      gzip += transferSize(p, c);
    }
    return { raw, gzip, files };
  }
}

/** The URL path of the HTML file behind a page path: "/a/" -> "/a/index.html". */
export function htmlFileOf(page: string): string {
  return page.endsWith('/') ? `${page}index.html` : page;
}

export function pageWeight(page: string, files: SiteFiles): PageWeight {
  const htmlPath = htmlFileOf(page);
  const htmlContent = files.get(htmlPath);
  if (htmlContent === undefined) throw new Error(`No HTML file at ${htmlPath} for the page ${page}.`);
  const html = text(htmlContent);
  const c = new Collector(files);

  const scripts: string[] = [];
  for (const a of tags(html, 'script')) {
    const type = (a['type'] ?? '').toLowerCase();
    const isJs = type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
    if (a['src'] !== undefined && isJs) {
      const p = c.take(a['src'], page);
      if (p) scripts.push(p);
    }
  }
  const stylesheets: string[] = [];
  const svgFiles: string[] = [];
  for (const a of tags(html, 'link')) {
    const rel = (a['rel'] ?? '').toLowerCase().split(/\s+/);
    const href = a['href'];
    if (href === undefined) continue;
    if (rel.includes('modulepreload')) {
      const p = c.take(href, page);
      if (p) scripts.push(p);
    } else if (rel.includes('stylesheet')) {
      const p = c.take(href, page);
      if (p) stylesheets.push(p);
    } else if (rel.includes('icon') && /\.svg(?:[?#]|$)/i.test(href)) {
      const p = c.take(href, page);
      if (p) svgFiles.push(p);
    }
  }
  for (const a of tags(markupOnly(html), 'img')) {
    const src = a['src'];
    if (src !== undefined && /\.svg(?:[?#]|$)/i.test(src)) {
      const p = c.take(src, page);
      if (p) svgFiles.push(p);
    }
  }

  // Stylesheets and what they @import.
  const css: string[] = [];
  const cssQueue = [...stylesheets];
  while (cssQueue.length) {
    const p = cssQueue.shift() as string;
    if (css.includes(p)) continue;
    css.push(p);
    const body = text(files.get(p) ?? '');
    for (const m of body.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)) {
      const q = c.take(m[1] ?? '', p);
      if (q) cssQueue.push(q);
    }
  }

  // Fonts: @font-face blocks whose family some possibly-matching rule uses; the first src a browser would try.
  const classes = classesOf(html);
  const used = new Set<string>();
  const faces: Array<{ family: string; src: string; from: string }> = [];
  const rulesOf = new Map(css.map((p) => [p, cssRules(text(files.get(p) ?? ''))]));
  const custom = customProperties([...rulesOf.values()].flat());
  for (const [p, rules] of rulesOf) {
    for (const rule of rules) {
      if (rule.selectors.some((s) => /@font-face$/i.test(s))) {
        const family = declaration(rule.body, 'font-family');
        const src = declaration(rule.body, 'src');
        const first = src ? urlsIn(src)[0] : undefined;
        if (family && first !== undefined) faces.push({ family: families(family)[0] ?? '', src: first, from: p });
        continue;
      }
      if (!rule.selectors.some((s) => mayMatch(s, classes))) continue;
      const family = declaration(rule.body, 'font-family');
      if (family) for (const f of families(substitute(family, custom))) used.add(f);
      const shorthand = declaration(rule.body, 'font');
      if (shorthand) {
        // `font: italic 1.2em Georgia, serif`: the first family follows the size.
        const [first = '', ...rest] = families(substitute(shorthand, custom));
        used.add(first.split(/\s+/).pop() ?? first);
        for (const f of rest) used.add(f);
      }
    }
  }
  const fontFiles: string[] = [];
  for (const face of faces) {
    if (!used.has(face.family)) continue;
    const p = c.take(face.src, face.from);
    if (p) fontFiles.push(p);
  }

  // JavaScript: the static-import closure of the page's scripts, then whatever import() reaches.
  const initial = new Set<string>();
  const dynamicTargets: string[] = [];
  const visit = (start: string[], into: Set<string>, skip: ReadonlySet<string>): void => {
    const queue = [...start];
    while (queue.length) {
      const p = queue.shift() as string;
      if (into.has(p) || skip.has(p)) continue;
      into.add(p);
      const imports = moduleImports(text(files.get(p) ?? ''));
      for (const s of imports.static) {
        const q = c.take(s, p, 'module');
        if (q) queue.push(q);
      }
      for (const s of imports.dynamic) {
        const q = c.take(s, p, 'module');
        if (q) dynamicTargets.push(q);
      }
    }
  };
  visit(scripts, initial, new Set());
  const lazy = new Set<string>();
  while (dynamicTargets.length) visit(dynamicTargets.splice(0), lazy, initial);

  const svgs = inlineSvgs(html);
  const inlineSvg = { raw: svgs.reduce((n, s) => n + rawSize(s), 0), gzip: svgs.length ? gzipSize(svgs.join('')) : 0 };

  const htmlSize = { raw: rawSize(htmlContent), gzip: gzipSize(htmlContent) };
  const cssGroup = c.group(css);
  const jsInitial = c.group(initial);
  const jsLazy = c.group(lazy);
  const fonts = c.group(fontFiles);
  const svgGroup = c.group(svgFiles);
  const parts = [htmlSize, cssGroup, jsInitial, fonts, svgGroup];
  return {
    page,
    html: htmlSize,
    css: cssGroup,
    js: { initial: jsInitial, lazy: jsLazy },
    fonts,
    svg: { inline: inlineSvg, files: svgGroup },
    total: { raw: parts.reduce((n, s) => n + s.raw, 0), gzip: parts.reduce((n, s) => n + s.gzip, 0) },
    missing: [...c.missing].sort(),
    external: [...c.external].sort(),
  };
}
