/**
 * How often a patient timeout looks at the clock, and how late a look may be before the time
 * since the last one is taken for a blocked event loop rather than for waiting.
 */
const TICK_MS = 500;
const LATE_MS = 1000;

/**
 * `work`, or a rejection with `onTimeout()` once `ms` of waiting have passed; but only time in
 * which the event loop was free counts. A build that bundles a thousand posts can keep Node's main
 * thread busy for minutes; a plain timer then fires the moment the thread frees up, in the same
 * turn of the event loop as the answer that has long been waiting in a pipe, and timers run
 * first, so the work is declared lost just as it arrives. Here a tick that comes much later than
 * asked is not counted, so the loop gets its turn to deliver the answer before time can run out.
 */
export function patientTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let waited = 0;
    let last = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const tick = (): void => {
      const now = performance.now();
      const elapsed = now - last;
      last = now;
      if (elapsed <= TICK_MS + LATE_MS) waited += elapsed;
      if (waited >= ms) {
        reject(onTimeout());
        return;
      }
      // The poll phase (pipes, sockets) of this turn of the loop runs before the next tick can.
      timer = setTimeout(tick, Math.min(TICK_MS, Math.max(1, ms - waited)));
    };
    timer = setTimeout(tick, Math.min(TICK_MS, Math.max(1, ms)));
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
