import { AsyncLocalStorage } from 'node:async_hooks';

const pinned = new AsyncLocalStorage<Date>();

/**
 * The current time of what is being written: the real time, or the moment `atTime` pinned for the work it
 * runs. Writes stamp their rows with it (record timestamps, field history, events, audit, notifications,
 * the history behaviours keep), so the demo company can be written as it happened over past months.
 */
export function now(): Date {
  const time = pinned.getStore();
  return time ? new Date(time.getTime()) : new Date();
}

/** Runs `work` with `now()` answering `time` throughout (awaits included). */
export function atTime<T>(time: Date, work: () => Promise<T>): Promise<T> {
  return pinned.run(new Date(time.getTime()), work);
}
