import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Each tests/fixtures/bad/<case>/ is the same four-run benchmark with exactly one defect, read
// with harness-bench's datapackage.json (the fixtures carry none of their own):
//   line 1  sweep,model,quant,harness,task,seed,passed,agent_time_s,grader_mentions,grader_access
//   line 2  main,alpha-7B,Q4,h1,t1_add,0,1,12.5,0,none
//   line 3  main,alpha-7B,Q4,h1,t2_sort,0,0,30,1,ran
//   line 4  main,beta-MoE,Q8,h1,t1_add,0,1,8,0,none
//   line 5  main,beta-MoE,Q8,h1,t2_sort,0,1,9,2,read
// The loader is given a relative directory; messages must use the paths exactly as given.
export const BAD = relative(process.cwd(), fileURLToPath(new URL('../../fixtures/bad', import.meta.url)));
const HEADER = 'sweep,model,quant,harness,task,seed,passed,agent_time_s,grader_mentions,grader_access';

export interface BadCase {
  name: string;
  file: 'runs.csv' | 'models.csv' | 'tasks.csv';
  line?: number;
  column?: string;
  value?: string;
  /** The message after the "<dir>/<file>" prefix. */
  rest: string;
}

export const BAD_CASES: BadCase[] = [
  { name: 'missing-file', file: 'runs.csv', rest: ' does not exist.' },
  { name: 'missing-models-file', file: 'models.csv', rest: ' does not exist.' },
  { name: 'empty-file', file: 'runs.csv', line: 1, rest: ' is empty: expected a header line naming the columns.' },
  { name: 'no-runs', file: 'runs.csv', line: 1, rest: ' has a header line but no rows.' },
  {
    name: 'missing-column',
    file: 'runs.csv',
    line: 1,
    column: 'grader_mentions',
    value: 'sweep,model,quant,harness,task,seed,passed,agent_time_s,grader_access',
    rest: ' line 1, column "grader_mentions": the header lacks this column; it reads "sweep,model,quant,harness,task,seed,passed,agent_time_s,grader_access".',
  },
  {
    name: 'unknown-column',
    file: 'runs.csv',
    line: 1,
    column: 'notes',
    value: 'notes',
    rest: ` line 1, column "notes": unknown column "notes" (field 11 of the header); the schema declares the columns ${HEADER}.`,
  },
  {
    name: 'duplicate-column',
    file: 'runs.csv',
    line: 1,
    column: 'seed',
    value: 'seed',
    rest: ' line 1, column "seed": the header names column "seed" twice.',
  },
  {
    name: 'non-numeric',
    file: 'runs.csv',
    line: 4,
    column: 'agent_time_s',
    value: 'fast',
    rest: ' line 4, column "agent_time_s": expected a number >= 0, got "fast".',
  },
  {
    name: 'negative-number',
    file: 'runs.csv',
    line: 3,
    column: 'agent_time_s',
    value: '-3',
    rest: ' line 3, column "agent_time_s": expected a number >= 0, got "-3".',
  },
  {
    name: 'non-integer-seed',
    file: 'runs.csv',
    line: 5,
    column: 'seed',
    value: '1.5',
    rest: ' line 5, column "seed": expected a whole number >= 0, got "1.5".',
  },
  {
    name: 'passed-not-binary',
    file: 'runs.csv',
    line: 3,
    column: 'passed',
    value: 'yes',
    rest: ' line 3, column "passed": expected 0 or 1, got "yes".',
  },
  {
    name: 'unknown-grader-access',
    file: 'runs.csv',
    line: 5,
    column: 'grader_access',
    value: 'peeked',
    rest: ' line 5, column "grader_access": expected none, ran or read, got "peeked".',
  },
  {
    name: 'duplicate-run',
    file: 'runs.csv',
    line: 5,
    column: 'sweep,model,quant,harness,task,seed',
    value: 'main,alpha-7B,Q4,h1,t1_add,0',
    rest:
      ' line 5: duplicate row: sweep "main", model "alpha-7B", quant "Q4", harness "h1", task "t1_add", seed "0" already appears on line 2' +
      ' (the primary key sweep,model,quant,harness,task,seed must be unique).',
  },
  {
    name: 'unknown-model',
    file: 'runs.csv',
    line: 4,
    column: 'model',
    value: 'gamma-1B',
    rest: ` line 4, column "model": model "gamma-1B" is not listed in ${BAD}/unknown-model/models.csv (column "model").`,
  },
  {
    name: 'unknown-task',
    file: 'runs.csv',
    line: 3,
    column: 'task',
    value: 't9_missing',
    rest: ` line 3, column "task": task "t9_missing" is not listed in ${BAD}/unknown-task/tasks.csv (column "task").`,
  },
  {
    name: 'duplicate-model',
    file: 'models.csv',
    line: 4,
    column: 'model',
    value: 'alpha-7B',
    rest: ' line 4: duplicate row: model "alpha-7B" already appears on line 2 (the primary key model must be unique).',
  },
  {
    name: 'duplicate-task',
    file: 'tasks.csv',
    line: 4,
    column: 'task',
    value: 't1_add',
    rest: ' line 4: duplicate row: task "t1_add" already appears on line 2 (the primary key task must be unique).',
  },
  {
    name: 'too-few-fields',
    file: 'runs.csv',
    line: 3,
    column: 'grader_access',
    value: 'main,alpha-7B,Q4,h1,t2_sort,0,0,30,1',
    rest:
      ' line 3, column "grader_access": value missing; the line has 9 fields where the header has 10,' +
      ' it reads "main,alpha-7B,Q4,h1,t2_sort,0,0,30,1".',
  },
  {
    name: 'too-many-fields',
    file: 'runs.csv',
    line: 4,
    column: 'grader_access',
    value: 'extra',
    rest: ' line 4, column "grader_access": unexpected extra value "extra" after this column; the line has 11 fields where the header has 10.',
  },
  {
    name: 'unterminated-quote',
    file: 'runs.csv',
    line: 4,
    column: 'model',
    // Everything after the opening quote to the end of the file.
    value: 'beta-MoE,Q8,h1,t1_add,0,1,8,0,none\nmain,beta-MoE,Q8,h1,t2_sort,0,1,9,2,read\n',
    rest: ' line 4, column "model": a quoted value is never closed, at "beta-MoE,Q8,h1,t1_add,0,1,8,0,none\\nmain,...".',
  },
  {
    name: 'invalid-utf8',
    file: 'runs.csv',
    line: 4,
    rest: ' line 4: the bytes are not valid UTF-8; save the file as UTF-8.',
  },
  {
    name: 'empty-name',
    file: 'runs.csv',
    line: 3,
    column: 'harness',
    value: '',
    rest: ' line 3, column "harness": a value is required, got "".',
  },
  {
    name: 'padded-name',
    file: 'runs.csv',
    line: 2,
    column: 'harness',
    value: ' h1',
    rest: ' line 2, column "harness": expected no spaces before or after the text, got " h1".',
  },
  {
    name: 'active-above-total',
    file: 'models.csv',
    line: 3,
    column: 'active_params_b',
    value: '31',
    rest: ' line 3, column "active_params_b": expected at most total_params_b (30), got "31".',
  },
  {
    name: 'zero-params',
    file: 'models.csv',
    line: 2,
    column: 'total_params_b',
    value: '0',
    rest: ' line 2, column "total_params_b": expected a number > 0, got "0".',
  },
  {
    // Line 2's quoted harness holds a line break, so the record with passed = 2 starts on line 4.
    name: 'multiline-then-bad',
    file: 'runs.csv',
    line: 4,
    column: 'passed',
    value: '2',
    rest: ' line 4, column "passed": expected 0 or 1, got "2".',
  },
  {
    // A NUL inside a name would make every SVG that prints it malformed XML.
    name: 'control-character',
    file: 'runs.csv',
    line: 3,
    column: 'harness',
    value: 'ai\u0000der',
    rest: ' line 3, column "harness": holds the control character U+0000, which text may not contain, got "ai\\u0000der".',
  },
  {
    // harness-bench's datapackage.json allows names of up to 200 characters; this model's has 201.
    name: 'long-name',
    file: 'runs.csv',
    line: 4,
    column: 'model',
    value: 'm'.repeat(201),
    rest: ` line 4, column "model": the text is 201 characters long, more than the 200 allowed, got "${'m'.repeat(201)}".`,
  },
  {
    // BOM + CRLF: line numbers count CRLF once.
    name: 'crlf-bad',
    file: 'runs.csv',
    line: 4,
    column: 'grader_mentions',
    value: 'x',
    rest: ' line 4, column "grader_mentions": expected a whole number >= 0, got "x".',
  },
];

