export { cellStats, type CellStats } from './cells';
export { graderAccessStats, type GraderAccessStats } from './grader-access';
export { harnessStats, type HarnessStats } from './harnesses';
export { modelHarnessStats, type ModelHarnessStats } from './model-harness';
export { modelStats, type ModelStats } from './models';
export {
  pairedSweeps,
  pairedSweepsTotal,
  type PairedSweepOptions,
  type PairedSweepRow,
  type PairedSweepTotal,
} from './paired-sweeps';
export { paretoFrontier } from './pareto';
export { runsOfSweep } from './group-runs';
export { passStats, type PassStats } from './pass-stats';
export { taskStats, type TaskStats } from './tasks';
