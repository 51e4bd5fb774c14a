import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'astro/zod';
import { postSchema } from './frontmatter';
import { quoteValue } from './quote-value';

/**
 * The frontmatter block as Astro finds it (@astrojs/internal-helpers/frontmatter, not a direct
 * dependency), so line numbers count from the same `---`.
 */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---)([\s\S]*?\n)(?:---)/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The 1-based line of the file where the field at `path` is written, if it can be found. */
function lineOf(source: string, path: readonly PropertyKey[]): number | undefined {
  const m = FRONTMATTER.exec(source);
  if (!m || m[1] === undefined) return undefined;
  const firstLine = source.slice(0, m.index + m[0].indexOf('---')).split('\n').length;
  const lines = m[1].split('\n');
  const keys = path.filter((p): p is string => typeof p === 'string');
  const top = keys[0];
  if (top === undefined) return undefined;
  const topAt = lines.findIndex((l) => new RegExp(`^${escapeRegExp(top)}\\s*:`).test(l));
  if (topAt < 0) return undefined;
  const last = keys[keys.length - 1];
  if (keys.length > 1 && last !== undefined) {
    const rest = lines.slice(topAt + 1);
    const end = rest.findIndex((l) => /^\S/.test(l));
    const nested = rest.slice(0, end < 0 ? rest.length : end).findIndex((l) => new RegExp(`^\\s+${escapeRegExp(last)}\\s*:`).test(l));
    if (nested >= 0) return firstLine + topAt + 1 + nested;
  }
  return firstLine + topAt;
}

/** `status`, `eval.runs`, `tags` (item 3). */
function fieldName(path: readonly PropertyKey[]): string {
  const keys = path.filter((p) => typeof p === 'string').join('.');
  const index = path.find((p) => typeof p === 'number');
  return `field "${keys}"${index === undefined ? '' : ` (item ${index + 1})`}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The YAML of the frontmatter with timestamps left as the text the author wrote. */
function rawFrontmatter(source: string): Record<string, unknown> {
  const block = FRONTMATTER.exec(source)?.[1];
  if (block === undefined) return {};
  try {
    const parsed = load(block, { schema: CORE_SCHEMA });
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    // A YAML syntax error is reported by Astro's own parser, with its position.
    return {};
  }
}

/**
 * What is wrong with a post's frontmatter, one sentence per problem, each starting with
 * `file:line:` and naming the field, its value and what it must be; empty when nothing is.
 *
 * `data` is the frontmatter as Astro parsed it. YAML turns an unquoted date into a Date and
 * rolls an impossible one over, so every Date is checked again as the text written in `source`.
 */
export function frontmatterProblems(file: string, source: string, data: Record<string, unknown>, schema: z.ZodType = postSchema): string[] {
  const raw = rawFrontmatter(source);
  const candidate: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(data)) {
    if (value instanceof Date && typeof raw[key] === 'string') candidate[key] = raw[key];
  }
  const result = schema.safeParse(candidate);
  if (result.success) return [];
  const found = result.error.issues.map((issue) => {
    const line = lineOf(source, issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path);
    const at = line === undefined ? file : `${file}:${line}`;
    if (issue.code === 'unrecognized_keys') return { line, text: `${at}: ${issue.message}.` };
    if (issue.path.length === 0) return { line, text: `${at}: the frontmatter ${issue.message}.` };
    const value = valueAt(candidate, issue.path);
    const is = value === undefined ? 'is missing' : `is ${quoteValue(value)}`;
    return { line, text: `${at}: ${fieldName(issue.path)} ${is}; it ${issue.message}.` };
  });
  // In the order of the file; sort is stable, so problems on one line keep the schema's order.
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((p) => p.text);
}
