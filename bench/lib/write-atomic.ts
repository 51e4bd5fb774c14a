import { rename, writeFile } from 'node:fs/promises';

/** Writes through a temp file and a rename, so a reader never sees half a file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}
