import { describe, expect, it } from 'vitest';
import { syntheticRuns } from '../../../bench/lib/synthetic-runs';

const SOURCE = `sweep,model,quant,harness,task,seed,passed,agent_time_s,grader_mentions,grader_access
q4,"M, one",Q4,pi,t1,0,1,100.0,0,none
q4,"M, one",Q4,pi,t1,1,0,50.0,2,read
`;

describe('syntheticRuns', () => {
  it('grows a runs.csv to exactly the size asked, with new seeds after the originals', () => {
    const lines = syntheticRuns(SOURCE, 5).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('sweep,model,quant,harness,task,seed,passed,agent_time_s,grader_mentions,grader_access');
    // The originals come first, unchanged; seed stride is max seed + 1 = 2.
    expect(lines[1]).toBe('q4,"M, one",Q4,pi,t1,0,1,100.0,0,none');
    expect(lines[2]).toBe('q4,"M, one",Q4,pi,t1,1,0,50.0,2,read');
    expect(lines.slice(3).map((l) => l.split(',')[6])).toEqual(['2', '3', '4']);
  });

  it('keeps run keys unique and times within 20% of the original', () => {
    const lines = syntheticRuns(SOURCE, 200).trimEnd().split('\n').slice(1);
    const seeds = lines.map((l) => l.split(',')[6]);
    expect(new Set(seeds).size).toBe(200);
    for (const l of lines) {
      const f = l.split(',');
      const original = f[6] !== undefined && Number(f[6]) % 2 === 0 ? 100 : 50;
      expect(Number(f[8])).toBeGreaterThanOrEqual(original * 0.8 - 0.05);
      expect(Number(f[8])).toBeLessThanOrEqual(original * 1.2 + 0.05);
    }
  });

  it('gives the same file for the same size', () => {
    expect(syntheticRuns(SOURCE, 50)).toBe(syntheticRuns(SOURCE, 50));
  });
});
