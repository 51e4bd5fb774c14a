/**
 * Runs `fn` over `items` with at most `limit` calls in flight, in the order given. Pages of a
 * browser context load in parallel renderer processes, so a few at a time cut a whole-site pass
 * to a fraction without changing what each page sees.
 */
export async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
