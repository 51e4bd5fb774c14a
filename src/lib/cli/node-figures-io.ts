import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { harnessBenchDatasets } from '../../benchmarks/harness-bench/load';
import { dataset } from '../data/dataset';
import type { FiguresIo } from './figures';
import { postCharts, type PostCharts } from './post-charts';

/** Every MDX post under `dir` (sorted, so runs log in a stable order), or only the one at `post` ("2026/slug"). */
async function readPosts(dir: string, post: string | undefined): Promise<PostCharts[]> {
  const files: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) await walk(`${d}/${e.name}`);
      else if (e.name.endsWith('.mdx')) files.push(`${d}/${e.name}`);
    }
  };
  await walk(dir);
  const slugOf = (file: string) => (file.split('/').pop() ?? file).replace(/\.mdx$/, '');
  const chosen = post === undefined ? files : files.filter((f) => slugOf(f) === post.split('/')[1]);
  const out: PostCharts[] = [];
  for (const file of chosen) {
    const charts = postCharts(file, await readFile(file, 'utf8'), slugOf(file));
    if (post === undefined || charts.post === post) out.push(charts);
  }
  return out;
}

/** The real file system, stdout and stderr. */
export function nodeFiguresIo(): FiguresIo {
  return {
    loadHarnessBenchDatasets: harnessBenchDatasets,
    dataset: (name) => dataset(name),
    posts: readPosts,
    readFile: (path) => readFile(path),
    writeFile: (path, data) => writeFile(path, data, 'utf8'),
    mkdir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    rename: (from, to) => rename(from, to),
    rm: (path) => rm(path, { recursive: true, force: true }),
    kind: async (path) => {
      try {
        return (await stat(path)).isDirectory() ? 'directory' : 'file';
      } catch {
        return 'none';
      }
    },
    readdir: (path) => readdir(path),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    uniqueSuffix: () => `${process.pid}-${randomBytes(4).toString('hex')}`,
  };
}
