import { describe, expect, it } from 'vitest';
import { patientTimeout } from '../../../src/lib/async/patient-timeout';

/** Keeps the thread busy, as bundling a thousand posts does. */
function block(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy
  }
}

/** An answer that arrives after `ms`: while the thread is blocked, so it is handled only after earlier timers. */
function answerAfter<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

const late = () => new Error('too late');

describe('patientTimeout', () => {
  it('passes on the value or the error of the work', async () => {
    await expect(patientTimeout(Promise.resolve(7), 1000, late)).resolves.toBe(7);
    await expect(patientTimeout(Promise.reject(new Error('broken')), 1000, late)).rejects.toThrow('broken');
  });

  it('gives up once the time has passed on a free event loop', async () => {
    const started = performance.now();
    await expect(patientTimeout(new Promise(() => undefined), 300, late)).rejects.toThrow('too late');
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(3000);
  });

  it('does not count time the thread was blocked, so an answer waiting behind the timer still arrives', async () => {
    // The setup itself: a plain timer fires before the waiting answer and wins the race.
    const plain = Promise.race([answerAfter(1000, 'answer'), new Promise<never>((_, reject) => setTimeout(() => reject(late()), 200))]);
    const patient = patientTimeout(answerAfter(1000, 'answer'), 200, late);
    block(2500);
    await expect(plain).rejects.toThrow('too late');
    await expect(patient).resolves.toBe('answer');
  });
});
