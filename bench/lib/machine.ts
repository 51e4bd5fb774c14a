import { cpus, totalmem } from 'node:os';

/** What every bench result records about the machine it ran on. */
export function machine(): { cpus: number; cpuModel: string; memoryBytes: number; node: string } {
  const cpu = cpus();
  return { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version };
}
