import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, datasetFile, listDatasets } from '../../../src/lib/data/dataset';
import { reachableFields, rowsWithColumns } from '../../../src/lib/data/lookup-columns';

let data: string;

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(data, path)), { recursive: true });
  await writeFile(join(data, path), text);
}

const PACKAGE = {
  resources: [
    {
      name: 'answers',
      path: 'answers.csv',
      schema: {
        fields: [
          { name: 'question', type: 'string', constraints: { required: true } },
          { name: 'model', type: 'string', title: 'Model', constraints: { required: true } },
          { name: 'score', type: 'number', title: 'Helpfulness', constraints: { minimum: 1, maximum: 5 } },
          { name: 'correct', type: 'boolean', title: 'Correct' },
        ],
        primaryKey: ['question', 'model'],
        foreignKeys: [{ fields: 'model', reference: { resource: 'models', fields: 'model' } }],
      },
    },
    {
      name: 'models',
      path: 'models.csv',
      schema: {
        fields: [
          { name: 'model', type: 'string' },
          { name: 'vendor', type: 'string', title: 'Vendor' },
        ],
        primaryKey: 'model',
      },
    },
  ],
};

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), 'datasets-'));
  await put('qa/datapackage.json', JSON.stringify(PACKAGE));
  await put('qa/answers.csv', 'question,model,score,correct\nq1,a,4,true\nq1,b,2.5,false\nq2,a,,true\n');
  await put('qa/models.csv', 'model,vendor\na,Acme\nb,Bolt\n');
  await put('qa/notes.csv', 'day,count\n2026-01-02,3\n2026-01-03,4\n');
  await put('solo.csv', 'name,flag,share\nx,0,0.5\ny,1,0.25\n');
});
afterAll(async () => {
  await rm(data, { recursive: true, force: true });
});

describe('dataset', () => {
  it('loads a resource of a data package with its declared types, missing values as null', async () => {
    const ds = await dataset('qa/answers', data);
    expect(ds.name).toBe('qa/answers');
    expect(ds.file).toBe(`${data}/qa/answers.csv`);
    expect(ds.rows).toEqual([
      { question: 'q1', model: 'a', score: 4, correct: true },
      { question: 'q1', model: 'b', score: 2.5, correct: false },
      { question: 'q2', model: 'a', score: null, correct: true },
    ]);
    expect(ds.lines).toEqual([2, 3, 4]);
    expect(ds.schema.declared).toBe(true);
  });

  it('infers the types of a CSV that no package lists, even inside a package folder', async () => {
    const notes = await dataset('qa/notes', data);
    expect(notes.schema.fields.map((f) => [f.name, f.type])).toEqual([
      ['day', 'date'],
      ['count', 'integer'],
    ]);
    expect(notes.rows).toEqual([
      { day: '2026-01-02', count: 3 },
      { day: '2026-01-03', count: 4 },
    ]);
    const solo = await dataset('solo', data);
    expect(solo.rows[1]).toEqual({ name: 'y', flag: 1, share: 0.25 });
  });

  it('loads a package once, whichever resource is asked for first', async () => {
    const [a, b] = await Promise.all([dataset('qa/answers', data), dataset('qa/models', data)]);
    expect(a.references[0]?.dataset).toBe(b);
    expect(await dataset('qa/models', data)).toBe(b);
  });

  it('reaches the columns of referenced datasets through foreign keys', async () => {
    const ds = await dataset('qa/answers', data);
    expect([...reachableFields(ds).keys()]).toEqual(['question', 'model', 'score', 'correct', 'vendor']);
    expect(rowsWithColumns(ds, ['vendor']).map((r) => r['vendor'])).toEqual(['Acme', 'Bolt', 'Acme']);
  });

  it('lists every CSV under the data folder by name', async () => {
    expect(await listDatasets(data)).toEqual(['qa/answers', 'qa/models', 'qa/notes', 'solo']);
  });

  it('names the datasets there are when one does not exist, and refuses names that are not paths under data/', async () => {
    await expect(dataset('qa/answer', data)).rejects.toThrow(
      `There is no dataset "qa/answer": ${data}/qa/answer.csv does not exist. The datasets are "qa/answers", "qa/models", "qa/notes", "solo".`,
    );
    expect(() => datasetFile('../etc/passwd')).toThrow('The dataset name "../etc/passwd" is not a CSV path under data/');
    expect(() => datasetFile('qa/answers.csv/')).toThrow('is not a CSV path under data/');
  });
});

describe('dataset on bad data in a schema of its own', () => {
  async function failure(folder: string, files: Record<string, string>, name: string): Promise<string> {
    for (const [path, text] of Object.entries(files)) await put(`${folder}/${path}`, text);
    return dataset(name, data).then(
      () => 'no error',
      (e: unknown) => (e instanceof Error ? e.message.replaceAll(`${data}/`, '') : String(e)),
    );
  }
  const pkg = JSON.stringify(PACKAGE);

  it('stops at a text cell in a numeric column, with file, line, column and value', async () => {
    expect(await failure('bad1', { 'datapackage.json': pkg, 'answers.csv': 'question,model,score,correct\nq1,a,4,true\nq2,a,good,true\n', 'models.csv': 'model,vendor\na,A\n' }, 'bad1/answers')).toBe(
      'bad1/answers.csv line 3, column "score": expected a number from 1 to 5, got "good".',
    );
  });

  it('stops at a broken constraint: range, required, primary key, foreign key', async () => {
    const models = 'model,vendor\na,A\n';
    expect(await failure('bad2', { 'datapackage.json': pkg, 'answers.csv': 'question,model,score,correct\nq1,a,6,true\n', 'models.csv': models }, 'bad2/answers')).toBe(
      'bad2/answers.csv line 2, column "score": expected a number from 1 to 5, got "6".',
    );
    expect(await failure('bad3', { 'datapackage.json': pkg, 'answers.csv': 'question,model,score,correct\n,a,3,true\n', 'models.csv': models }, 'bad3/answers')).toBe(
      'bad3/answers.csv line 2, column "question": a value is required, got "".',
    );
    expect(await failure('bad4', { 'datapackage.json': pkg, 'answers.csv': 'question,model,score,correct\nq1,a,3,true\nq1,a,4,false\n', 'models.csv': models }, 'bad4/answers')).toBe(
      'bad4/answers.csv line 3: duplicate row: question "q1", model "a" already appears on line 2 (the primary key question,model must be unique).',
    );
    expect(await failure('bad5', { 'datapackage.json': pkg, 'answers.csv': 'question,model,score,correct\nq1,z,3,true\n', 'models.csv': models }, 'bad5/answers')).toBe(
      'bad5/answers.csv line 2, column "model": model "z" is not listed in bad5/models.csv (column "model").',
    );
  });

  it('reports a package that does not follow the standard, naming the property', async () => {
    const bad = JSON.stringify({ resources: [{ name: 'answers', path: 'answers.csv', schema: { fields: [{ name: 'x', type: 'decimal' }] } }] });
    expect(await failure('bad6', { 'datapackage.json': bad, 'answers.csv': 'x\n1\n' }, 'bad6/answers')).toMatch(
      /^bad6\/datapackage\.json, at resources\[0\]\.schema\.fields\[0\]\.type: /,
    );
    expect(await failure('bad7', { 'datapackage.json': '{"resources": [', 'answers.csv': 'x\n1\n' }, 'bad7/answers')).toMatch(/^bad7\/datapackage\.json is not valid JSON: /);
    const outside = JSON.stringify({ resources: [{ name: 'answers', path: '../solo.csv', schema: { fields: [{ name: 'x' }] } }] });
    expect(await failure('bad8', { 'datapackage.json': outside, 'answers.csv': 'x\n1\n' }, 'bad8/answers')).toBe(
      'bad8/datapackage.json, at resources[0].path: "../solo.csv" lies outside the package folder; give a path inside bad8.',
    );
  });
});
