import type { CellSpec } from './cells';
import { MinCostFlow } from './min-cost-flow';
import type { Rng } from './rng';
import {
  ALWAYS_PASSED,
  HARNESSES,
  KNOWN_TRACE,
  MODELS,
  Q4_JAX1_EXTRA,
  Q8_TABLE,
  SWEEP_Q4,
  TASKS,
} from './targets';

const JAX1 = 'jax1_complex_lp';

/**
 * Decides which task each cell passes: a 0/1 matrix (cells x TASKS) whose rows hit the cells'
 * pass counts and whose columns hit the per-task, per-sweep totals (jax1_complex_lp per model
 * and sweep), with the always-passed tasks and the published trace run fixed to pass.
 *
 * It is a bipartite b-matching, solved exactly as a min-cost flow. The costs carry the realism:
 * a cell's strength times a task's hardness (so strong cells take the hard tasks), a shared
 * per-(model, task) effect (so a model's harness cells and its two quants agree on what it can
 * do), a smaller per-(harness, task) effect, and Gumbel noise that turns the optimum into a
 * random draw. Plain additive cell and task terms would be useless here: with both margins fixed
 * they add the same constant to every feasible matrix.
 */
export function allocatePasses(cells: readonly CellSpec[], rng: Rng): boolean[][] {
  const modelIndex = new Map(MODELS.map((m, i) => [m.model, i]));
  const harnessIndex = new Map<string, number>(HARNESSES.map((h, i) => [h, i]));

  const modelEffect = MODELS.map(() => TASKS.map(() => 0.8 * rng.normal()));
  const harnessEffect = HARNESSES.map(() => TASKS.map(() => 0.4 * rng.normal()));
  const meanStrength = cells.reduce((s, c) => s + strength(c.passes), 0) / cells.length;

  const passed = cells.map(() => TASKS.map(() => false));
  const forced = (cell: CellSpec, task: string): boolean =>
    (ALWAYS_PASSED as readonly string[]).includes(task) ||
    (cell.sweep === KNOWN_TRACE.sweep && cell.model === KNOWN_TRACE.model && cell.harness === KNOWN_TRACE.harness && task === KNOWN_TRACE.task);

  // Column groups: one per (task, sweep), except jax1 which is fixed per (model, sweep).
  const groupTarget = new Map<string, number>();
  const groupOf = (cell: CellSpec, task: string): string => (task === JAX1 ? `${task}|${cell.sweep}|${cell.model}` : `${task}|${cell.sweep}`);
  for (const spec of TASKS) {
    if ((ALWAYS_PASSED as readonly string[]).includes(spec.task)) continue;
    if (spec.task === JAX1) {
      for (const m of MODELS) {
        const paired = Q8_TABLE[m.model];
        groupTarget.set(`${JAX1}|${SWEEP_Q4}|${m.model}`, paired ? paired.q4Jax1 : (Q4_JAX1_EXTRA[m.model] ?? 0));
        if (paired) groupTarget.set(`${JAX1}|q8|${m.model}`, paired.q8Jax1);
      }
    } else {
      groupTarget.set(`${spec.task}|q4`, spec.q4Passed);
      groupTarget.set(`${spec.task}|q8`, spec.q8Passed);
    }
  }

  // Forced passes come off both the cell's and the group's budget before the flow runs.
  const cellBudget = cells.map((c) => c.passes);
  cells.forEach((cell, ci) => {
    for (const [ti, spec] of TASKS.entries()) {
      if (!forced(cell, spec.task)) continue;
      passed[ci]![ti] = true;
      cellBudget[ci] = (cellBudget[ci] ?? 0) - 1;
      const g = groupOf(cell, spec.task);
      if (groupTarget.has(g)) groupTarget.set(g, (groupTarget.get(g) ?? 0) - 1);
    }
  });

  const groups = [...groupTarget.keys()];
  const groupNode = new Map(groups.map((g, i) => [g, 1 + cells.length + i]));
  const source = 0;
  const sink = 1 + cells.length + groups.length;
  const flow = new MinCostFlow(sink + 1);
  let demand = 0;
  cells.forEach((_, ci) => {
    const budget = cellBudget[ci] ?? 0;
    if (budget < 0) throw new Error(`Cell ${describe(cells[ci])} has more forced passes than passes.`);
    flow.addEdge(source, 1 + ci, budget, 0);
    demand += budget;
  });
  let supply = 0;
  for (const g of groups) {
    const target = groupTarget.get(g) ?? 0;
    if (target < 0) throw new Error(`Task group ${g} has more forced passes than its total.`);
    flow.addEdge(groupNode.get(g) ?? 0, sink, target, 0);
    supply += target;
  }
  if (demand !== supply) {
    throw new Error(`Pass totals disagree: the cells need ${demand} free passes but the tasks offer ${supply}.`);
  }

  const edges: Array<{ ci: number; ti: number; id: number }> = [];
  cells.forEach((cell, ci) => {
    const s = strength(cell.passes) - meanStrength;
    const m = modelIndex.get(cell.model) ?? 0;
    const h = harnessIndex.get(cell.harness) ?? 0;
    TASKS.forEach((spec, ti) => {
      if (forced(cell, spec.task)) return;
      const discrimination = 0.5 + 2.5 * spec.hardness;
      const score = discrimination * s + (modelEffect[m]?.[ti] ?? 0) + (harnessEffect[h]?.[ti] ?? 0) + rng.gumbel();
      const id = flow.addEdge(1 + ci, groupNode.get(groupOf(cell, spec.task)) ?? 0, 1, -score);
      edges.push({ ci, ti, id });
    });
  });

  const pushed = flow.run(source, sink);
  if (pushed !== demand) {
    throw new Error(`No pass matrix fits the targets: only ${pushed} of ${demand} free passes could be placed.`);
  }
  for (const { ci, ti, id } of edges) if (flow.flowOn(id) === 1) passed[ci]![ti] = true;
  return passed;
}

/** Log-odds of the cell's pass rate, smoothed so 16/16 stays finite. */
function strength(passes: number): number {
  const p = (passes + 0.5) / 17;
  return Math.log(p / (1 - p));
}

function describe(cell: CellSpec | undefined): string {
  return cell ? `${cell.sweep} ${cell.model} ${cell.quant} + ${cell.harness}` : '(unknown)';
}
