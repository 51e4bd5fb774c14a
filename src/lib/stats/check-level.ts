/**
 * Every interval in this folder takes its confidence level as a number strictly between 0 and 1
 * (0.95, not 95): a level of 95 is the most likely slip, so the error spells out the fix.
 */
export function checkLevel(level: number, where: string): void {
  if (!(level > 0 && level < 1)) {
    const hint = level > 1 && level < 100 ? ` (for ${level}% write ${level / 100})` : '';
    throw new RangeError(`${where}: the level must be a number between 0 and 1, got ${level}${hint}.`);
  }
}
