import type { LoggerInterface } from 'vega';

const NONE = 0;
const WARN = 2;

function text(args: readonly unknown[]): string {
  return args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
}

/**
 * A Vega logger that hands warnings to `warn` instead of the console (a CLI decides where they go,
 * a test collects them) and throws errors, so a broken spec fails loudly rather than drawing nothing.
 */
export function collectingLogger(warn: ((message: string) => void) | undefined): LoggerInterface {
  let level = warn ? WARN : NONE;
  const logger: LoggerInterface = {
    level(n?: number) {
      if (n === undefined) return level;
      level = n;
      return logger;
    },
    error(...args: readonly unknown[]) {
      throw new Error(text(args));
    },
    warn(...args: readonly unknown[]) {
      if (warn && level >= WARN) warn(text(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  } as LoggerInterface;
  return logger;
}
