import type { Expression, Node as EsNode, Program, Property, SpreadElement } from 'estree';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isChartKind, type ChartKindName } from '../charts/kinds';
import { anchorId, parseLabel } from '../crossref/labels';
import { CliError } from './cli-error';

/** One chart component of a post, with its props as written (literals only). */
export interface PostChart {
  component: ChartKindName;
  props: Record<string, unknown>;
  /** The figure's id on the page ("fig-frontier"), which names its files. */
  id: string;
  line: number;
  column: number;
}

/** A post's charts and where its figures go. */
export interface PostCharts {
  /** The MDX file, as the caller spelled its folder. */
  file: string;
  /** "2026/harness-bench-wip": the post's permalink without slashes, and its folder under public/figures/. */
  post: string;
  charts: PostChart[];
}

type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** The value of a literal expression (strings, numbers, booleans, null, arrays, objects, a minus sign), or undefined. */
function literal(node: EsNode | null | undefined): Literal | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null ? node.value : undefined;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((q) => q.value.cooked ?? '').join('') : undefined;
    case 'UnaryExpression': {
      const v = literal(node.argument);
      return node.operator === '-' && typeof v === 'number' ? -v : undefined;
    }
    case 'ArrayExpression': {
      const out: Literal[] = [];
      for (const e of node.elements) {
        const v = e && e.type !== 'SpreadElement' ? literal(e) : undefined;
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case 'ObjectExpression': {
      const out: Record<string, Literal> = {};
      for (const p of node.properties as Array<Property | SpreadElement>) {
        if (p.type !== 'Property' || p.computed || p.kind !== 'init') return undefined;
        const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined;
        const v = literal(p.value as Expression);
        if (key === undefined || v === undefined) return undefined;
        out[key] = v;
      }
      return out;
    }
    default:
      return undefined;
  }
}

function attributeValue(attr: MdxJsxAttribute): Literal | undefined {
  const v = attr.value;
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v;
  const program = (v.data as { estree?: Program } | undefined)?.estree;
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement' ? literal(statement.expression) : undefined;
}

/** The year of a post's date, read from its frontmatter the way the site reads it. */
function postYear(file: string, text: string): string {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data = m ? (loadYaml(m[1] ?? '', { schema: CORE_SCHEMA }) as Record<string, unknown> | null) : null;
  const date = data?.['date'];
  const year = typeof date === 'string' ? /^(\d{4})-\d{2}-\d{2}/.exec(date)?.[1] : date instanceof Date ? String(date.getUTCFullYear()) : undefined;
  if (!year) throw new CliError(`${file}: the frontmatter has no date written YYYY-MM-DD, so the post has no year to file its figures under.`, 65);
  return year;
}

/**
 * The chart components of one MDX post, in document order, with their props. Only literal props
 * can be read without building the site; a chart prop written as code (a variable, a call) is an
 * error naming the post, the line and the prop. Components inside code blocks are text and are
 * not charts. Two charts with one id (no distinct labels) would share their files, which is an error too.
 */
export function postCharts(file: string, text: string, slug: string): PostCharts {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (fm) => fm.replace(/[^\n]/g, ' ')));
  const charts: PostChart[] = [];
  const ids = new Map<string, number>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!el.name || !isChartKind(el.name)) return;
    const line = el.position?.start.line ?? 0;
    const column = el.position?.start.column ?? 0;
    const props: Record<string, unknown> = {};
    for (const attr of el.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>) {
      if (attr.type !== 'mdxJsxAttribute') {
        throw new CliError(`${file} line ${line}: <${el.name}> spreads props with {...}; the figures CLI reads only props written as literals.`, 65);
      }
      const v = attributeValue(attr);
      if (v === undefined) {
        throw new CliError(`${file} line ${line}: the prop ${attr.name} of <${el.name}> is code, not a literal; the figures CLI draws charts without running the post, so write it as a string, number, array or object.`, 65);
      }
      props[attr.name] = v;
    }
    const label = typeof props['label'] === 'string' ? parseLabel(props['label']) : undefined;
    const id = typeof props['id'] === 'string' ? props['id'] : label ? anchorId(label) : el.name.toLowerCase();
    const first = ids.get(id);
    if (first !== undefined) {
      throw new CliError(`${file} line ${line}: <${el.name}> has the id "${id}", like the chart on line ${first}; give each chart a label of its own (label="fig:name").`, 65);
    }
    ids.set(id, line);
    delete props['label'];
    delete props['id'];
    charts.push({ component: el.name, props, id, line, column });
  });
  return { file, post: `${postYear(file, text)}/${slug}`, charts };
}
