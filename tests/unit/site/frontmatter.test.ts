import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../src/lib/posts/frontmatter';

const valid = { title: 'T', date: '2026-04-28', description: 'D', tags: ['a'], categories: ['b'] };

describe('post frontmatter', () => {
  it('fills defaults: not a draft, final, no tags required', () => {
    const p = postSchema.parse({ title: 'T', date: '2026-04-28', description: 'D' });
    expect(p.draft).toBe(false);
    expect(p.status).toBe('final');
    expect(p.tags).toEqual([]);
    expect(p.date.toISOString()).toBe('2026-04-28T00:00:00.000Z');
  });
  it('names the field and the problem', () => {
    const r = postSchema.safeParse({ ...valid, status: 'done' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['status']);
    const u = postSchema.safeParse({ ...valid, updated: '2026-01-01' });
    expect(u.error?.issues[0]?.message).toBe('updated must not be earlier than date');
    const t = postSchema.safeParse({ ...valid, titel: 'typo' });
    expect(JSON.stringify(t.error?.issues)).toContain('titel');
  });
  it('takes a citation style by built-in name or .csl file name', () => {
    expect(postSchema.parse({ ...valid, csl: 'vancouver' }).csl).toBe('vancouver');
    expect(postSchema.parse({ ...valid, csl: 'ieee.csl' }).csl).toBe('ieee.csl');
    const bad = postSchema.safeParse({ ...valid, csl: '../styles/apa.xml' });
    expect(bad.error?.issues[0]?.path).toEqual(['csl']);
    expect(bad.error?.issues[0]?.message).toBe('must be a built-in style name such as "apa" or a file name ending in .csl');
  });
  it('checks the eval card', () => {
    const card = { benchmark: 'harness-bench', hardware: 'M3 Max, 128 GB', servingStack: 'llama.cpp', runs: 1360, seedsPerCell: 1, quantisations: ['Q8_0'], harnesses: ['pi'], public: ['aggregates'], private: ['tasks'] };
    expect(postSchema.parse({ ...valid, eval: card }).eval?.runs).toBe(1360);
    const bad = postSchema.safeParse({ ...valid, eval: { ...card, runs: -1 } });
    expect(bad.error?.issues[0]?.path).toEqual(['eval', 'runs']);
  });
});
