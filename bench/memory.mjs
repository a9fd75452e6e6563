// Resident memory of an idle server after start and a few requests.
import fs from 'node:fs';
import { median, report } from './lib/report.mjs';
import { residentBytes, serverPid, signIn, startServer, tempDataDir } from './lib/server-process.mjs';

const TARGET_MB = 150;
const MB = 1024 * 1024;

async function sample() {
  const dataDir = tempDataDir();
  const server = await startServer({ dataDir });
  try {
    const cookie = await signIn(server.baseUrl);
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${server.baseUrl}/api/v1/me`, { headers: { cookie } });
      await res.arrayBuffer();
    }
    await (await fetch(`${server.baseUrl}/api/v1/openapi.json`)).arrayBuffer();
    await new Promise((r) => setTimeout(r, 2000));
    const metrics = await (await fetch(`${server.baseUrl}/api/v1/metrics`)).text();
    const reported = Number(/^lodestar_process_resident_memory_bytes (\d+)$/m.exec(metrics)?.[1]);
    return { proc: residentBytes(serverPid(server.pid)), reported };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** RSS of the idle `serve` process (from /proc, cross-checked with the metric), median of `runs` starts. */
export async function benchMemory({ runs = 3 } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await sample());
  const rss = median(samples.map((s) => s.proc)) / MB;
  const reported = median(samples.map((s) => s.reported)) / MB;
  const rows = [
    {
      metric: `idle server RSS, /proc VmRSS (median of ${runs})`,
      value: rss,
      unit: 'MB',
      target: `< ${TARGET_MB}`,
      ok: rss < TARGET_MB,
    },
    { metric: 'idle server RSS, lodestar_process_resident_memory_bytes', value: reported, unit: 'MB' },
  ];
  report('memory', rows, { samplesBytes: samples });
  return rows;
}
