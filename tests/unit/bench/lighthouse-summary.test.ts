import { describe, expect, it } from 'vitest';
import { medianOfRuns, summarizeRun, type LighthouseResultLike, type RunSummary } from '../../../bench/lib/lighthouse-summary';

const ORIGIN = 'http://127.0.0.1:4000';

/** A cut-down Lighthouse result, written by hand: one weighted audit lost points in performance. */
const RESULT: LighthouseResultLike = {
  categories: {
    performance: { score: 0.945, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'total-blocking-time', weight: 30 }, { id: 'dom-size', weight: 0 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }, { id: 'inspector-issues', weight: 1 }] },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    'largest-contentful-paint': { score: 0.8, numericValue: 2135.3 },
    'total-blocking-time': { score: 1, numericValue: 24.2 },
    'dom-size': { score: 0.2, numericValue: 11459 },
    'cumulative-layout-shift': { score: 1, numericValue: 0.012 },
    'color-contrast': { score: 1 },
    'errors-in-console': { score: 0 },
    'inspector-issues': { score: null, scoreDisplayMode: 'notApplicable' },
    'network-requests': {
      score: null,
      details: { items: [{ url: `${ORIGIN}/` }, { url: `${ORIGIN}/_astro/a.css` }, { url: 'data:font/woff2;base64,AAAA' }, { url: 'https://fonts.example.com/x.woff2' }] },
    },
  },
};

describe('summarizeRun', () => {
  it('reads scores as 0–100, the metrics, the audits that cost points and requests to other hosts', () => {
    expect(summarizeRun(RESULT, ORIGIN)).toEqual({
      // 0.945 rounds to 95 (Math.round rounds halves up): Lighthouse shows it that way too.
      scores: { performance: 95, accessibility: 100, 'best-practices': 96, seo: null },
      domElements: 11459,
      totalBlockingTimeMs: 24.2,
      largestContentfulPaintMs: 2135.3,
      cumulativeLayoutShift: 0.012,
      // dom-size has weight 0 and inspector-issues is not applicable: neither costs points.
      lostPoints: { performance: ['largest-contentful-paint'], accessibility: [], 'best-practices': ['errors-in-console'], seo: [] },
      offsite: ['https://fonts.example.com/x.woff2'],
    });
  });

  it('gives null for metrics a failed run did not produce', () => {
    const summary = summarizeRun({ categories: {}, audits: {} }, ORIGIN);
    expect(summary.domElements).toBeNull();
    expect(summary.scores.performance).toBeNull();
    expect(summary.offsite).toEqual([]);
  });
});

describe('medianOfRuns', () => {
  const run = (performance: number | null, dom: number | null, tbt: number): RunSummary => ({
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    domElements: dom,
    totalBlockingTimeMs: tbt,
    largestContentfulPaintMs: null,
    cumulativeLayoutShift: 0,
    lostPoints: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
    offsite: [],
  });

  it('takes each number’s median on its own, leaving out runs without it', () => {
    const m = medianOfRuns([run(95, 11459, 0), run(94, 11459, 79.7), run(97, null, 0)]);
    expect(m.scores.performance).toBe(95);
    expect(m.domElements).toBe(11459);
    expect(m.totalBlockingTimeMs).toBe(0);
    expect(m.largestContentfulPaintMs).toBeNull();
    expect(medianOfRuns([run(null, 10, 1), run(90, 20, 3)]).scores.performance).toBe(90);
  });
});
