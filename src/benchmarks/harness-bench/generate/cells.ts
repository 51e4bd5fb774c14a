import {
  HARNESSES,
  MODELS,
  Q4_CELL_PASSES,
  Q8_CELL_PASSES,
  QUANT_Q8,
  SWEEP_Q4,
  SWEEP_Q8,
  type Harness,
} from './targets';

/** One (sweep, model, quant, harness) cell of the sweep with the number of tasks it passes. */
export interface CellSpec {
  sweep: string;
  model: string;
  quant: string;
  harness: Harness;
  passes: number;
}

/** The 85 cells: 10 models x 5 harnesses at Q4, then 7 models x 5 harnesses at Q8. */
export function buildCells(): CellSpec[] {
  const cells: CellSpec[] = [];
  for (const [sweep, table] of [
    [SWEEP_Q4, Q4_CELL_PASSES],
    [SWEEP_Q8, Q8_CELL_PASSES],
  ] as const) {
    for (const spec of MODELS) {
      const row = table[spec.model];
      if (row === undefined) continue;
      const quant = sweep === SWEEP_Q4 ? spec.q4Quant : QUANT_Q8;
      HARNESSES.forEach((harness, h) => {
        const passes = row[h];
        if (passes === undefined) throw new Error(`Cell table for ${sweep} ${spec.model} has no entry for harness ${harness}.`);
        cells.push({ sweep, model: spec.model, quant, harness, passes });
      });
    }
  }
  return cells;
}
