/** The logging a worker needs: a pino logger (e.g. `app.log`) fits, and so does `jsonLineLog()`. */
export interface WorkerLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const LEVELS = { debug: 20, info: 30, warn: 40, error: 50 } as const;
type Level = keyof typeof LEVELS;

/** A logger writing one JSON object per line to stdout, in the shape pino writes (for `lodestar worker`). */
export function jsonLineLog(minLevel: string = 'info', bindings: Record<string, unknown> = {}): WorkerLog {
  const threshold = LEVELS[minLevel as Level] ?? LEVELS.info;
  const write = (level: Level) => (obj: object, msg?: string) => {
    if (LEVELS[level] < threshold) return;
    const entry: Record<string, unknown> = { level: LEVELS[level], time: Date.now(), ...bindings, ...obj };
    if (entry.err instanceof Error) entry.err = { message: entry.err.message, stack: entry.err.stack };
    if (msg) entry.msg = msg;
    process.stdout.write(`${JSON.stringify(entry)}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLog: WorkerLog = { debug() {}, info() {}, warn() {}, error() {} };
