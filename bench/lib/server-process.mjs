// Starts and stops a real Lodestar server process for benchmarks, and waits for it to answer.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN_PASSWORD = 'bench-Admin-Password-1';
const LODESTAR_BIN = path.join(ROOT, 'packages/server/bin/lodestar.mjs');

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A new empty data folder under the system temp folder. */
export function tempDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-bench-'));
}

/** The flags `npm start` gives node (package.json), so that `lodestar serve` here runs as `npm start` does. */
const START_NODE_FLAGS = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
  .scripts.start.split(' ')
  .filter((word) => word.startsWith('--'));

/**
 * Spawns the server (`lodestar serve`, or `npm start` when `how` is 'npm-start') on loopback and resolves once
 * `/api/v1/health` answers 200, with the milliseconds from spawn to that first 200. `nodeArgs` go to the
 * server's `node` (with `serve`) after the flags of `npm start`, e.g. `['--cpu-prof']`;
 * `BENCH_SERVER_NODE_ARGS` adds more.
 */
export async function startServer({ dataDir, how = 'serve', env = {}, timeoutMs = 120_000, nodeArgs = [] }) {
  const port = await freePort();
  nodeArgs = [
    ...START_NODE_FLAGS,
    ...nodeArgs,
    ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
  ];
  const command =
    how === 'npm-start'
      ? { file: 'npm', args: ['start', '--silent'] }
      : { file: process.execPath, args: [...nodeArgs, LODESTAR_BIN, 'serve'] };
  const startedAt = performance.now();
  const child = spawn(command.file, command.args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LODESTAR_DATA_DIR: dataDir,
      LODESTAR_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: `npm start` runs the server as a grandchild, and stopping must reach it.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = startedAt + timeoutMs;
  let early = null;
  exited.then((status) => {
    early = status;
  });
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  while (true) {
    if (early) throw new Error(`server exited early (${JSON.stringify(early)}):\n${output}`);
    if (performance.now() > deadline) {
      signalGroup('SIGKILL');
      throw new Error(`server did not answer within ${timeoutMs} ms:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const readyMs = performance.now() - startedAt;
  return {
    baseUrl,
    port,
    pid: child.pid,
    readyMs,
    output: () => output,
    /** Stops the server and anything it started: gracefully (SIGTERM), forcefully after 10 s. */
    async stop() {
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
      await exited;
      // `npm` may exit before the server it started; wait until the whole group is gone.
      while (groupAlive(child.pid)) await new Promise((r) => setTimeout(r, 20));
      clearTimeout(timer);
    },
  };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The process whose memory counts: with `npm start`, npm's child `node scripts/start.mjs` serves, so
 * the deepest descendant is the server.
 */
export function serverPid(pid) {
  let current = pid;
  for (let i = 0; i < 5; i++) {
    let children = [];
    try {
      children = fs
        .readFileSync(`/proc/${current}/task/${current}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return current;
    }
    if (children.length === 0) return current;
    current = children[0];
  }
  return current;
}

/** Resident set size of a process in bytes (Linux). */
export function residentBytes(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  return kb * 1024;
}

/** CPU time a process has used so far, in milliseconds (user + system; Linux). */
export function cpuMillis(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, counted in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Signs in as the admin and returns the `Cookie` header value. */
export async function signIn(baseUrl, username = 'admin', password = ADMIN_PASSWORD) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lodestar_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0];
}

/** Runs the server once on a new data folder so later starts find existing data (and a built bundle). */
export async function prepareDataDir(how = 'serve') {
  const dataDir = tempDataDir();
  const server = await startServer({ dataDir, how, timeoutMs: 600_000 });
  await server.stop();
  return dataDir;
}
