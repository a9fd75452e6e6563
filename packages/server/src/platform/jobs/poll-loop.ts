import type { WorkerLog } from './worker-log.ts';

export interface PollLoop {
  /** Runs the next step now instead of waiting out the interval. */
  wake(): void;
  /** Lets the current step finish and ends the loop. */
  stop(): Promise<void>;
}

/**
 * Calls `step` over and over: again at once when it reports that more work may be waiting, else after
 * `intervalMs` (or on `wake()`). A step that throws is logged and retried after the interval.
 */
export function startPollLoop(
  name: string,
  intervalMs: number,
  step: () => Promise<boolean>,
  log: WorkerLog,
): PollLoop {
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  const sleep = () =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const timer = setTimeout(done, intervalMs);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });
  const finished = (async () => {
    while (!stopped) {
      woken = false;
      let more = false;
      try {
        more = await step();
      } catch (err) {
        log.error({ err, loop: name }, 'background loop step failed');
      }
      if (!more) await sleep();
    }
  })();
  return {
    wake() {
      woken = true;
      wakeUp?.();
    },
    async stop() {
      stopped = true;
      wakeUp?.();
      await finished;
    },
  };
}
