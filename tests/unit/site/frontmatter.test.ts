import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { calendarDateProblem, parseCalendarDate } from '../../../src/lib/posts/calendar-date';
import { postSchema } from '../../../src/lib/posts/frontmatter';
import { frontmatterProblems } from '../../../src/lib/posts/frontmatter-problems';

const valid = { title: 'T', date: '2026-04-28', description: 'D', tags: ['a'], categories: ['b'] };
const FILE = 'src/content/posts/2026/bad.mdx';

/** What the content loader hands over: the frontmatter parsed by the same YAML parser as Astro's (js-yaml, default schema). */
function problems(source: string): string[] {
  const block = /^---\n([\s\S]*?\n)---/.exec(source)?.[1] ?? '';
  return frontmatterProblems(FILE, source, load(block) as Record<string, unknown>);
}

describe('post frontmatter schema', () => {
  it('fills defaults: not a draft, final, no tags required', () => {
    const p = postSchema.parse({ title: 'T', date: '2026-04-28', description: 'D' });
    expect(p.draft).toBe(false);
    expect(p.status).toBe('final');
    expect(p.tags).toEqual([]);
    expect(p.date.toISOString()).toBe('2026-04-28T00:00:00.000Z');
  });
  it('says what each field must be', () => {
    const r = postSchema.safeParse({ ...valid, status: 'done' });
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([[['status'], 'must be "wip" or "final"']]);
    const u = postSchema.safeParse({ ...valid, updated: '2026-01-01' });
    expect(u.error?.issues.map((i) => [i.path, i.message])).toEqual([[['updated'], 'must not be earlier than date (2026-04-28)']]);
    const t = postSchema.safeParse({ ...valid, titel: 'typo' });
    expect(t.error?.issues.map((i) => i.message)).toEqual([
      'the frontmatter has no field "titel" (set to "typo"); its fields are title, date, updated, description, tags, categories, draft, status, bibliography, csl and eval',
    ]);
  });
  it('refuses impossible days given as text instead of rolling them over', () => {
    expect(postSchema.safeParse({ ...valid, date: '2026-02-30' }).error?.issues[0]?.message).toBe(
      'must be a real day written YYYY-MM-DD, such as 2026-04-28 (February 2026 has 28 days)',
    );
    expect(postSchema.safeParse({ ...valid, date: '2026-13-45' }).error?.issues[0]?.message).toBe(
      'must be a real day written YYYY-MM-DD, such as 2026-04-28 (there is no month 13)',
    );
    expect(postSchema.safeParse({ ...valid, date: 'next Tuesday' }).error?.issues[0]?.message).toBe(
      'must be a real day written YYYY-MM-DD, such as 2026-04-28 (it is not written YYYY-MM-DD)',
    );
  });
  it('takes a citation style by built-in name or .csl file name', () => {
    expect(postSchema.parse({ ...valid, csl: 'vancouver' }).csl).toBe('vancouver');
    expect(postSchema.parse({ ...valid, csl: 'ieee.csl' }).csl).toBe('ieee.csl');
    const bad = postSchema.safeParse({ ...valid, csl: '../styles/apa.xml' });
    expect(bad.error?.issues[0]?.path).toEqual(['csl']);
    expect(bad.error?.issues[0]?.message).toBe('must be a built-in style name such as "apa" or a file name ending in .csl');
  });
  it('checks the eval card, refusing unknown fields there too', () => {
    const card = { dataset: 'harness-bench/runs', hardware: 'M3 Max, 128 GB', software: 'llama.cpp', runs: 1360, repeats: 1, varied: { quant: ['Q8_0'], harness: ['pi'] }, public: ['aggregates'], private: ['tasks'] };
    expect(postSchema.parse({ ...valid, eval: card }).eval?.runs).toBe(1360);
    expect(postSchema.parse({ ...valid, eval: { dataset: 'qa/answers' } }).eval?.dataset).toBe('qa/answers');
    const bad = postSchema.safeParse({ ...valid, eval: { ...card, runs: -1 } });
    expect(bad.error?.issues.map((i) => [i.path, i.message])).toEqual([[['eval', 'runs'], 'must be a whole number above 0']]);
    const typo = postSchema.safeParse({ ...valid, eval: { ...card, seeds: 3 } });
    expect(typo.error?.issues[0]?.message).toBe(
      'the eval card has no field "seeds" (set to 3); its fields are dataset, hardware, software, runs, repeats, varied, public and private',
    );
  });

});

describe('calendar dates', () => {
  it('accept real days, leap days included, and YAML timestamps', () => {
    expect(calendarDateProblem('2024-02-29')).toBeUndefined();
    expect(calendarDateProblem('2000-02-29')).toBeUndefined();
    expect(parseCalendarDate('2026-04-28').toISOString()).toBe('2026-04-28T00:00:00.000Z');
    expect(parseCalendarDate('2026-04-28T10:30:00Z').toISOString()).toBe('2026-04-28T10:30:00.000Z');
    // 10:30 at UTC+02:00 is 08:30 UTC; a time without a zone is UTC, as in YAML.
    expect(parseCalendarDate('2026-04-28 10:30:00 +02:00').toISOString()).toBe('2026-04-28T08:30:00.000Z');
    expect(parseCalendarDate('2026-04-28T10:30').toISOString()).toBe('2026-04-28T10:30:00.000Z');
  });
  it('name what is impossible', () => {
    expect(calendarDateProblem('2026-02-29')).toBe('February 2026 has 28 days');
    expect(calendarDateProblem('2100-02-29')).toBe('February 2100 has 28 days');
    expect(calendarDateProblem('2026-04-31')).toBe('April 2026 has 30 days');
    expect(calendarDateProblem('2026-00-10')).toBe('there is no month 0');
    expect(calendarDateProblem('2026-01-00')).toBe('January 2026 has 31 days');
    expect(calendarDateProblem('2026-01-01T24:00')).toBe('its time of day does not exist');
    expect(calendarDateProblem('28/04/2026')).toBe('it is not written YYYY-MM-DD');
    expect(() => parseCalendarDate('2026-02-30')).toThrow('"2026-02-30" is not a date: February 2026 has 28 days.');
  });
});

describe('frontmatter problems, as the build reports them', () => {
  it('are empty for a good post', () => {
    expect(problems('---\ntitle: T\ndate: 2026-04-28\ndescription: D\ntags: [a]\n---\n\nText.\n')).toEqual([]);
  });

  it('catch an unquoted impossible date that YAML has already rolled over', () => {
    // js-yaml reads 2026-13-45 as 14 February 2027 and 2026-02-30 as 2 March 2026.
    expect((load('d: 2026-13-45') as { d: Date }).d.toISOString()).toBe('2027-02-14T00:00:00.000Z');
    expect(problems('---\ntitle: T\ndate: 2026-13-45\nupdated: 2026-02-30\ndescription: D\n---\n')).toEqual([
      `${FILE}:3: field "date" is "2026-13-45"; it must be a real day written YYYY-MM-DD, such as 2026-04-28 (there is no month 13).`,
      `${FILE}:4: field "updated" is "2026-02-30"; it must be a real day written YYYY-MM-DD, such as 2026-04-28 (February 2026 has 28 days).`,
    ]);
  });

  it('name the file, the line, the field, the value and what is allowed, in file order', () => {
    const source = [
      '---',
      'title: Bad',
      'date: "2026-04-31"',
      'titel: oops',
      'description: D',
      'status: done',
      'tags: [agents, ""]',
      'eval:',
      '  hardware: M3 Max',
      '  runs: 2.5',
      '---',
      '',
      'Text.',
    ].join('\n');
    expect(problems(source)).toEqual([
      `${FILE}:3: field "date" is "2026-04-31"; it must be a real day written YYYY-MM-DD, such as 2026-04-28 (April 2026 has 30 days).`,
      `${FILE}:4: the frontmatter has no field "titel" (set to "oops"); its fields are title, date, updated, description, tags, categories, draft, status, bibliography, csl and eval.`,
      `${FILE}:6: field "status" is "done"; it must be "wip" or "final".`,
      `${FILE}:7: field "tags" (item 2) is ""; it must be a non-empty name.`,
      `${FILE}:8: field "eval.dataset" is missing; it must be a non-empty text.`,
      `${FILE}:10: field "eval.runs" is 2.5; it must be a whole number above 0.`,
    ]);
  });

  it('report a missing field against the file', () => {
    expect(problems('---\ndate: 2026-04-28\ndescription: D\n---\n')).toEqual([`${FILE}: field "title" is missing; it must be a non-empty text.`]);
  });
});
