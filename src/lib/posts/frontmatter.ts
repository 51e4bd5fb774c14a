import { z } from 'astro/zod';

/**
 * The eval card of a benchmark write-up: how the runs were made and what readers can check. Every
 * field is optional but the dataset, so any benchmark can fill in what applies to it.
 */
export const evalCardSchema = z
  .object({
    /** The dataset the card describes: a CSV's path under data/ without ".csv" ("harness-bench/runs"). */
    dataset: z.string().min(1),
    /** Machine the runs were made on, e.g. "M3 Max laptop, 128 GB". */
    hardware: z.string().min(1).optional(),
    /** Software that served or ran the systems under test, e.g. "llama.cpp llama-server". */
    software: z.string().min(1).optional(),
    /** Rows of the dataset: the number of runs, questions or judgements. */
    runs: z.number().int().positive().optional(),
    /** Independent repeats of each condition on each item (seeds). */
    repeats: z.number().int().positive().optional(),
    /** What was varied: a column of the dataset and the values it takes, e.g. { harness: [aider, pi] }. */
    varied: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).optional(),
    /** What is published with the post (aggregates, figures, derived tables). */
    public: z.array(z.string().min(1)).optional(),
    /** What stays private (task sources, graders, raw logs). */
    private: z.array(z.string().min(1)).optional(),
  })
  .strict();

const isoDate = z.coerce.date();

/** Frontmatter of every post under src/content/posts/. */
export const postSchema = z
  .object({
    /** Title as shown on the page and in the feed. */
    title: z.string().min(1),
    /** Publication date; its year is the first segment of the permalink. */
    date: isoDate,
    /** Date of the last substantive revision, shown next to the publication date. */
    updated: isoDate.optional(),
    /** One-sentence summary for the home page, feeds and link previews. */
    description: z.string().min(1),
    /** Specific topics; each gets an index page under /tags/. */
    tags: z.array(z.string().min(1)).default([]),
    /** Broad areas; each gets an index page under /categories/. */
    categories: z.array(z.string().min(1)).default([]),
    /** Drafts render in `npm run dev` but are left out of production builds. */
    draft: z.boolean().default(false),
    /** "wip" marks a report whose numbers may still change; shown as a badge. */
    status: z.enum(['wip', 'final']).default('final'),
    /** BibTeX file under src/content/bib/ that the post's [@key] citations refer to. */
    bibliography: z.string().regex(/^[\w.-]+\.bib$/, 'must be a file name ending in .bib').optional(),
    /**
     * Citation style for the post's citations and reference list, instead of the site's (APA): a
     * style built into citation-js ("apa", "vancouver", "harvard1") or a .csl file under
     * src/content/csl/ ("ieee.csl"). An unknown name stops the build, naming the post and the value.
     */
    csl: z
      .string()
      .regex(/^(?:[a-z][a-z0-9-]*|[\w.-]+\.csl)$/, 'must be a built-in style name such as "apa" or a file name ending in .csl')
      .optional(),
    /** Eval card, for benchmark write-ups. */
    eval: evalCardSchema.optional(),
  })
  .strict()
  .refine((p) => !p.updated || p.updated >= p.date, {
    message: 'updated must not be earlier than date',
    path: ['updated'],
  });

export type PostFrontmatter = z.infer<typeof postSchema>;
