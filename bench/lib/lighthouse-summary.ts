import { median } from './median';

/** The four Lighthouse categories the site is held to. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The parts of a Lighthouse result (LH.Result) that the benchmark reads. */
export interface LighthouseResultLike {
  readonly categories: Readonly<Record<string, { readonly score: number | null; readonly auditRefs: ReadonlyArray<{ readonly id: string; readonly weight: number }> } | undefined>>;
  readonly audits: Readonly<Record<string, { readonly score: number | null; readonly numericValue?: number; readonly scoreDisplayMode?: string; readonly details?: unknown } | undefined>>;
  readonly runtimeError?: { readonly code: string; readonly message: string };
}

/** One run of one page, reduced to what the README reports. */
export interface RunSummary {
  /** Category scores 0–100, null when Lighthouse could not score the category. */
  readonly scores: Record<Category, number | null>;
  readonly domElements: number | null;
  readonly totalBlockingTimeMs: number | null;
  readonly largestContentfulPaintMs: number | null;
  readonly cumulativeLayoutShift: number | null;
  /** Audits that cost points in a category (weight > 0, score < 1), by category. */
  readonly lostPoints: Record<Category, string[]>;
  /** Requests the page made to a host other than the local server (must stay empty). */
  readonly offsite: string[];
}

const numeric = (r: LighthouseResultLike, id: string): number | null => {
  const value = r.audits[id]?.numericValue;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

function requestUrls(details: unknown): string[] {
  if (typeof details !== 'object' || details === null || !('items' in details) || !Array.isArray(details.items)) return [];
  return details.items.flatMap((item: unknown) => (typeof item === 'object' && item !== null && 'url' in item && typeof item.url === 'string' ? [item.url] : []));
}

/** Reads the scores and metrics out of a Lighthouse result; `origin` is the local server's. */
export function summarizeRun(result: LighthouseResultLike, origin: string): RunSummary {
  const scores = {} as Record<Category, number | null>;
  const lostPoints = {} as Record<Category, string[]>;
  for (const c of CATEGORIES) {
    const category = result.categories[c];
    scores[c] = category?.score == null ? null : Math.round(category.score * 100);
    lostPoints[c] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const audit = result.audits[ref.id];
        return audit !== undefined && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual' && audit.score !== null && audit.score < 1;
      })
      .map((ref) => ref.id);
  }
  const offsite = requestUrls(result.audits['network-requests']?.details).filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
  return {
    scores,
    domElements: numeric(result, 'dom-size'),
    totalBlockingTimeMs: numeric(result, 'total-blocking-time'),
    largestContentfulPaintMs: numeric(result, 'largest-contentful-paint'),
    cumulativeLayoutShift: numeric(result, 'cumulative-layout-shift'),
    lostPoints,
    offsite,
  };
}

export interface PageMedian {
  readonly scores: Record<Category, number | null>;
  readonly domElements: number | null;
  readonly totalBlockingTimeMs: number | null;
  readonly largestContentfulPaintMs: number | null;
  readonly cumulativeLayoutShift: number | null;
}

const medianOf = (values: ReadonlyArray<number | null>): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : median(present);
};

/** Each number's median over the runs of a page (runs that did not produce it are left out). */
export function medianOfRuns(runs: readonly RunSummary[]): PageMedian {
  const scores = {} as Record<Category, number | null>;
  for (const c of CATEGORIES) scores[c] = medianOf(runs.map((r) => r.scores[c]));
  return {
    scores,
    domElements: medianOf(runs.map((r) => r.domElements)),
    totalBlockingTimeMs: medianOf(runs.map((r) => r.totalBlockingTimeMs)),
    largestContentfulPaintMs: medianOf(runs.map((r) => r.largestContentfulPaintMs)),
    cumulativeLayoutShift: medianOf(runs.map((r) => r.cumulativeLayoutShift)),
  };
}
