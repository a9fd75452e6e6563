import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '../..');
const repoRoot = path.resolve(serverDir, '../..');

/**
 * Bundles `worker-process.ts` into a plain ESM file that Node runs without a TypeScript loader. It is
 * written under the repository's node_modules so that its imports of dependencies resolve; the caller
 * deletes it once the child has loaded it.
 */
async function buildWorkerBundle(): Promise<string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const external = Object.keys(pkg.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]);
  const dir = path.join(repoRoot, 'node_modules/.cache/lodestar-tests');
  fs.mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `worker-process-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
  await build({
    entryPoints: [path.join(here, 'worker-process.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    logLevel: 'warning',
  });
  return outfile;
}

export interface WorkerProcessOptions {
  location: { sqliteFile?: string; url?: string; pgSchema?: string };
  name: string;
  leaseMs?: number;
  concurrency?: number;
  pollIntervalMs?: number;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves with the first IPC message of the given type. */
  next<T extends { type: string }>(type: string, timeoutMs?: number): Promise<T>;
  /** Asks the worker to stop gracefully; resolves with its exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the process dies at once, in the middle of whatever it was doing. */
  kill(): Promise<void>;
}

/** Starts a worker in a child process running the test job handlers; resolves once it is polling. */
export async function spawnWorkerProcess(options: WorkerProcessOptions): Promise<WorkerProcess> {
  const file = await buildWorkerBundle();
  const child = fork(file, [], {
    cwd: repoRoot,
    env: {
      ...process.env,
      LODESTAR_TEST_WORKER_NAME: options.name,
      LODESTAR_TEST_WORKER: JSON.stringify({
        ...options.location,
        leaseMs: options.leaseMs ?? 30_000,
        concurrency: options.concurrency ?? 4,
        pollIntervalMs: options.pollIntervalMs ?? 50,
      }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: Array<{ type: string }> = [];
  const waiters: Array<{ type: string; resolve: (m: never) => void }> = [];
  child.on('message', (message: { type: string }) => {
    const index = waiters.findIndex((w) => w.type === message.type);
    if (index >= 0) waiters.splice(index, 1)[0]?.resolve(message as never);
    else messages.push(message);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const next = <T extends { type: string }>(type: string, timeoutMs = 20_000) =>
    new Promise<T>((resolve, reject) => {
      const index = messages.findIndex((m) => m.type === type);
      if (index >= 0) return resolve(messages.splice(index, 1)[0] as T);
      const timer = setTimeout(
        () => reject(new Error(`worker ${options.name}: no "${type}" message`)),
        timeoutMs,
      );
      waiters.push({
        type,
        resolve: (m: never) => {
          clearTimeout(timer);
          resolve(m as T);
        },
      });
      void exited.then((code) =>
        reject(new Error(`worker ${options.name} exited (${code}) before "${type}"`)),
      );
    });
  try {
    await next('ready');
  } finally {
    fs.rmSync(file, { force: true });
  }
  return {
    child,
    next,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.send({ type: 'stop' });
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
