import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const serverDir = path.resolve(here, '../../..');
const repoRoot = path.resolve(serverDir, '../..');

interface ProcessMessage {
  type: 'ready' | 'numbers' | 'failed';
  numbers?: string[];
  error?: string;
}

/**
 * Runs `take-auto-numbers.process.ts` in `processes` child processes at once, each taking `count` numbers
 * once all are ready, and resolves with every number taken (for the concurrency test).
 */
export async function takeAutoNumbersInProcesses(options: {
  location: { sqliteFile?: string; url?: string; pgSchema?: string };
  processes: number;
  count: number;
  props: { scope: string; pattern: string; now: string };
}): Promise<string[]> {
  // Bundled under the repository's node_modules so that its imports of dependencies resolve.
  const dir = path.join(repoRoot, 'node_modules/.cache/lodestar-tests');
  fs.mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `take-auto-numbers-${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
  const pkg = JSON.parse(fs.readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  await build({
    entryPoints: [path.join(here, 'take-auto-numbers.process.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: Object.keys(pkg.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]),
    logLevel: 'warning',
  });
  try {
    const env = { ...process.env, LODESTAR_TEST_AUTO_NUMBERS: JSON.stringify(options) };
    const children = Array.from({ length: options.processes }, () =>
      fork(outfile, [], { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    const messages = (child: (typeof children)[number]) => {
      const queue: ProcessMessage[] = [];
      const waiting: Array<(m: ProcessMessage) => void> = [];
      child.on('message', (m: ProcessMessage) => (waiting.shift() ?? ((x) => queue.push(x)))(m));
      child.once('exit', (code) => waiting.shift()?.({ type: 'failed', error: `exited with ${code}` }));
      return () =>
        new Promise<ProcessMessage>((resolve) =>
          queue.length ? resolve(queue.shift()!) : waiting.push(resolve),
        );
    };
    const nextOf = children.map(messages);
    await Promise.all(nextOf.map((next) => next()));
    for (const child of children) child.send({ type: 'go' });
    const results = await Promise.all(nextOf.map((next) => next()));
    return results.flatMap((result) => {
      if (result.type !== 'numbers') throw new Error(`a numbering process failed: ${result.error}`);
      return result.numbers ?? [];
    });
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}
