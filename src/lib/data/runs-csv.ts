import { countCell, nameCell, nonNegativeCell, oneOfCell, type CellOutput, type CellSchema } from './csv-fields';
import { DataError, locate, quote } from './data-error';
import { createInterner } from './intern';
import { readCsv } from './read-csv';
import { createCellParser, type CellParser } from './row-parser';
import { createRunLineScanner, type RunNameIds } from './run-line-scanner';
import { RunKeyLines } from './run-keys';
import type { GraderAccess, Run } from './types';

/**
 * One line of runs.csv. The keys are the exact column names. Rules must stay per field: the
 * loader validates cell by cell (see row-parser.ts) to keep a million rows fast, in this order.
 */
export const runRowSchema = {
  shape: {
    /** Which sweep the run belongs to (e.g. "q4", "q8"). */
    sweep: nameCell,
    /** Model name; must be listed in models.csv. */
    model: nameCell,
    /** Quantisation the model was served at (e.g. "UD-Q4_K_XL", "Q8_0"). */
    quant: nameCell,
    /** Agent harness id (e.g. "pi", "opencode"). */
    harness: nameCell,
    /** Task id; must be listed in tasks.csv. */
    task: nameCell,
    /** Repeat number within the (sweep, model, quant, harness, task) cell, from 0. */
    seed: countCell,
    /** 1 when the hidden grader accepted the agent's work, 0 otherwise. */
    passed: oneOfCell(['0', '1'], 'expected 0 or 1', (v) => v === '1'),
    /** Wall-clock seconds the agent worked on the task, grading excluded. */
    agent_time_s: nonNegativeCell,
    /** How many times the agent's log mentions the grader (test.sh). */
    grader_mentions: countCell,
    /** Whether the agent ran the hidden grader, read its source, or did neither. */
    grader_access: oneOfCell(['none', 'ran', 'read'], 'expected none, ran or read'),
  },
} as const;

export const RUN_COLUMNS = Object.keys(runRowSchema.shape);

/** The literals themselves, so Run objects do not keep the parser's substrings alive. */
const ACCESS: Readonly<Record<GraderAccess, GraderAccess>> = { none: 'none', ran: 'ran', read: 'read' };

export interface RunReferences {
  models: ReadonlySet<string>;
  modelsFile: string;
  tasks: ReadonlySet<string>;
  tasksFile: string;
}

/**
 * Streams runs.csv into Run objects. Repeated names are interned so a million runs share a few
 * dozen strings. Every run must name a listed model and task, and no run key
 * (sweep, model, quant, harness, task, seed) may appear twice.
 */
export async function readRuns(file: string, refs: RunReferences): Promise<Run[]> {
  const runs: Run[] = [];
  const names = createInterner();
  const keys = new RunKeyLines();
  type Shape = typeof runRowSchema.shape;
  const cell = <K extends keyof Shape>(column: K): CellParser<CellOutput<Shape[K]>> =>
    createCellParser(runRowSchema.shape[column] as CellSchema<CellOutput<Shape[K]>>, column, file);
  const sweepCell = cell('sweep');
  const modelCell = cell('model');
  const quantCell = cell('quant');
  const harnessCell = cell('harness');
  const taskCell = cell('task');
  const seedCell = cell('seed');
  const passedCell = cell('passed');
  const timeCell = cell('agent_time_s');
  const mentionsCell = cell('grader_mentions');
  const accessCell = cell('grader_access');
  // The cell parsers hand back one string per distinct name, so a name equal to the previous
  // line's is the very same string, and its id is known without a lookup.
  const idOf = (): ((name: string) => number) => {
    let lastName: string | undefined;
    let lastId = 0;
    return (name) => {
      if (name !== lastName) {
        lastId = names.id(name);
        lastName = name;
      }
      return lastId;
    };
  };
  const sweepId = idOf();
  const modelId = idOf();
  const quantId = idOf();
  const harnessId = idOf();
  const taskId = idOf();
  // Whether each interned id is a listed model / task, decided once per distinct name.
  const listedModel: boolean[] = [];
  const listedTask: boolean[] = [];
  const scanner = createRunLineScanner(names.name);
  /**
   * Adds the Run of a checked line, with the interned names (see createInterner). Values come
   * one by one, not as an object: both paths call this a million times, and an object of two
   * shapes would make every read here a slow one.
   */
  const addRun = (ids: Readonly<RunNameIds>, seed: number, passed: boolean, agentTimeS: number, graderMentions: number, graderAccess: GraderAccess): void => {
    runs.push({
      sweep: names.name(ids[0]),
      model: names.name(ids[1]),
      quant: names.name(ids[2]),
      harness: names.name(ids[3]),
      task: names.name(ids[4]),
      seed,
      passed,
      agentTimeS,
      graderMentions,
      graderAccess: ACCESS[graderAccess],
    });
  };

  const { records } = await readCsv({
    file,
    columns: RUN_COLUMNS,
    onRecord: (values, line) => {
      // values come in RUN_COLUMNS order; cells are read in it, so the first bad cell of a line is the one reported.
      const sweep = sweepCell(values[0] ?? '', line);
      const model = modelCell(values[1] ?? '', line);
      const quant = quantCell(values[2] ?? '', line);
      const harness = harnessCell(values[3] ?? '', line);
      const task = taskCell(values[4] ?? '', line);
      const seed = seedCell(values[5] ?? '', line);
      const passed = passedCell(values[6] ?? '', line);
      const agentTimeS = timeCell(values[7] ?? '', line);
      const graderMentions = mentionsCell(values[8] ?? '', line);
      const graderAccess = accessCell(values[9] ?? '', line);
      const ids: RunNameIds = [sweepId(sweep), modelId(model), quantId(quant), harnessId(harness), taskId(task)];
      if (!(listedModel[ids[1]] ??= refs.models.has(model))) {
        throw new DataError(`${locate(file, line, 'model')}: model ${quote(model)} is not listed in ${refs.modelsFile}.`, {
          file,
          line,
          column: 'model',
          value: model,
        });
      }
      if (!(listedTask[ids[4]] ??= refs.tasks.has(task))) {
        throw new DataError(`${locate(file, line, 'task')}: task ${quote(task)} is not listed in ${refs.tasksFile}.`, {
          file,
          line,
          column: 'task',
          value: task,
        });
      }
      const first = keys.claim(ids, seed, line);
      if (first !== undefined) {
        const value = `${sweep},${model},${quant},${harness},${task},${seed}`;
        throw new DataError(
          `${locate(file, line)}: duplicate run: sweep ${quote(sweep)}, model ${quote(model)}, quant ${quote(quant)}, ` +
            `harness ${quote(harness)}, task ${quote(task)}, seed ${seed} already appears on line ${first} ` +
            `(columns sweep,model,quant,harness,task,seed must be unique).`,
          { file, line, column: 'sweep,model,quant,harness,task,seed', value },
        );
      }
      addRun(ids, seed, passed, agentTimeS, graderMentions, graderAccess);
      scanner.accept(ids);
    },
    // Lines whose names all appeared on earlier valid lines: the same checks and the same Run,
    // read in place (see run-line-scanner.ts); any other line comes to onRecord above.
    scanLine: (text, start, end, line) => {
      const run = scanner.scan(text, start, end);
      if (run === undefined) return false;
      if (keys.claim(run.ids, run.seed, line) !== undefined) return false;
      addRun(run.ids, run.seed, run.passed, run.agentTimeS, run.graderMentions, run.graderAccess);
      return true;
    },
  });
  if (records === 0) throw new DataError(`${file} has a header line but no runs.`, { file, line: 1 });
  return runs;
}
