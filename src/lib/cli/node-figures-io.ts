import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { loadBenchmark } from '../data/load-benchmark';
import type { FiguresIo } from './figures';

/** The real file system, stdout and stderr. */
export function nodeFiguresIo(): FiguresIo {
  return {
    loadBenchmark,
    readFile: (path) => readFile(path),
    writeFile: (path, data) => writeFile(path, data, 'utf8'),
    mkdir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    rename: (from, to) => rename(from, to),
    rm: (path) => rm(path, { recursive: true, force: true }),
    exists: async (path) => {
      try {
        await access(path);
        return true;
      } catch {
        return false;
      }
    },
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    uniqueSuffix: () => `${process.pid}-${randomBytes(4).toString('hex')}`,
  };
}
