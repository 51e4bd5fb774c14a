import { z } from 'astro/zod';
import { calendarDateProblem, parseCalendarDate } from './calendar-date';
import { quoteValue } from './quote-value';
import { listWords } from '../reports/words';

// Every rule carries its own message saying what is allowed, phrased to follow the field name
// ("status ... must be "wip" or "final""), because zod's defaults ("Invalid option") name neither.
const TEXT = 'must be a non-empty text';
const NAMES = 'must be a list of non-empty names, such as [agents, benchmarks]';
const NAME = 'must be a non-empty name';
const TEXTS = 'must be a list of non-empty texts';
const COUNT = 'must be a whole number above 0';
const DATE = 'must be a real day written YYYY-MM-DD, such as 2026-04-28';

const text = () => z.string({ error: TEXT }).min(1, { error: TEXT });
const texts = (message: string) => z.array(z.string({ error: message }).min(1, { error: message }), { error: TEXTS });
const count = () => z.number({ error: COUNT }).int({ error: COUNT }).positive({ error: COUNT });

/**
 * An object that refuses fields it does not know (a typo would otherwise vanish in silence), with
 * a message that names the unknown fields, their values and the fields there are.
 */
function fields<T extends z.core.$ZodLooseShape>(what: string, shape: T) {
  const names = listWords(Object.keys(shape));
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return `must be a block of fields (${names})`;
      const input = (issue.input ?? {}) as Record<string, unknown>;
      const unknown = listWords(issue.keys.map((k) => `"${k}" (set to ${quoteValue(input[k])})`));
      return `${what} has no field ${unknown}; its fields are ${names}`;
    },
  });
}

/**
 * A day, or a YAML timestamp. YAML hands over unquoted dates as Date objects it has already
 * rolled over (2026-02-30 arrives as 2 March), so the content loader checks the text first
 * (frontmatter-problems.ts) and this accepts a Date as it comes; a quoted date is text and is
 * checked here.
 */
const calendarDate = z.union([z.date(), z.string()], { error: DATE }).transform((value, ctx): Date => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
    ctx.issues.push({ code: 'custom', message: DATE, input: value });
    return z.NEVER;
  }
  const problem = calendarDateProblem(value);
  if (problem === undefined) return parseCalendarDate(value);
  ctx.issues.push({ code: 'custom', message: `${DATE} (${problem})`, input: value });
  return z.NEVER;
});

/**
 * The eval card of a benchmark write-up: how the runs were made and what readers can check. Every
 * field but the dataset is optional, so any benchmark fills in what applies to it.
 */
export const evalCardSchema = fields('the eval card', {
  /** The dataset the card describes: a CSV's path under data/ without ".csv" ("harness-bench/runs"). */
  dataset: text(),
  /** Machine the runs were made on, e.g. "M3 Max laptop, 128 GB". */
  hardware: text().optional(),
  /** Software that served or ran the systems under test, e.g. "llama.cpp llama-server". */
  software: text().optional(),
  /** Rows of the dataset: the number of runs, questions or judgements. */
  runs: count().optional(),
  /** Independent repeats of each condition on each item (seeds). */
  repeats: count().optional(),
  /** What was varied: a column of the dataset and the values it takes, e.g. { harness: [aider, pi] }. */
  varied: z.record(z.string().min(1), texts(TEXT).min(1, { error: 'must list at least one value' }), { error: 'must map columns of the dataset to the values they take' }).optional(),
  /** What is published with the post (aggregates, figures, derived tables). */
  public: texts(TEXT).optional(),
  /** What stays private (task sources, graders, raw logs). */
  private: texts(TEXT).optional(),
});

const CSL = 'must be a built-in style name such as "apa" or a file name ending in .csl';
const BIB = 'must be the name of a file in src/content/bib/ ending in .bib, such as gradient-estimation.bib';

/** Frontmatter of every post under src/content/posts/. */
export const postSchema = fields('the frontmatter', {
  /** Title as shown on the page and in the feed. */
  title: text(),
  /** Publication date; its year is the first segment of the permalink. */
  date: calendarDate,
  /** Date of the last substantive revision, shown next to the publication date. */
  updated: calendarDate.optional(),
  /** One-sentence summary for the home page, feeds and link previews. */
  description: text(),
  /** Specific topics; each gets an index page under /tags/. */
  tags: z.array(z.string({ error: NAME }).min(1, { error: NAME }), { error: NAMES }).default([]),
  /** Broad areas; each gets an index page under /categories/. */
  categories: z.array(z.string({ error: NAME }).min(1, { error: NAME }), { error: NAMES }).default([]),
  /** Drafts render in `npm run dev` but are left out of production builds. */
  draft: z.boolean({ error: 'must be true or false' }).default(false),
  /** "wip" marks a report whose numbers may still change; shown as a badge. */
  status: z.enum(['wip', 'final'], { error: 'must be "wip" or "final"' }).default('final'),
  /** BibTeX file under src/content/bib/ that the post's [@key] citations refer to. */
  bibliography: z.string({ error: BIB }).regex(/^[\w.-]+\.bib$/, { error: BIB }).optional(),
  /**
   * Citation style for the post's citations and reference list, instead of the site's (APA): a
   * style built into citation-js ("apa", "vancouver", "harvard1") or a .csl file under
   * src/content/csl/ ("ieee.csl"). An unknown name stops the build, naming the post and the value.
   */
  csl: z
    .string({ error: CSL })
    .regex(/^(?:[a-z][a-z0-9-]*|[\w.-]+\.csl)$/, { error: CSL })
    .optional(),
  /** Eval card, for benchmark write-ups. */
  eval: evalCardSchema.optional(),
}).superRefine((p, ctx) => {
  if (p.updated && p.updated < p.date) {
    ctx.addIssue({ code: 'custom', path: ['updated'], input: p.updated, message: `must not be earlier than date (${p.date.toISOString().slice(0, 10)})` });
  }
});

export type PostFrontmatter = z.infer<typeof postSchema>;
