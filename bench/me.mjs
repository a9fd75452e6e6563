// Throughput and latency of GET /api/v1/me with a session cookie, under concurrent load on loopback.
import fs from 'node:fs';
import autocannon from 'autocannon';
import { report } from './lib/report.mjs';
import { cpuMillis, signIn, startServer, tempDataDir } from './lib/server-process.mjs';

const TARGET_P99_MS = 20;

/** Signs in, warms up, then runs `connections` concurrent connections for `duration` seconds. */
export async function benchMe({ connections = 50, duration = 10, warmup = 3 } = {}) {
  const dataDir = tempDataDir();
  const server = await startServer({ dataDir });
  try {
    const cookie = await signIn(server.baseUrl);
    const url = `${server.baseUrl}/api/v1/me`;
    const headers = { cookie };
    await autocannon({ url, headers, connections: 10, duration: warmup });
    const cpuBefore = cpuMillis(server.pid);
    const result = await autocannon({ url, headers, connections, duration });
    // CPU per request is steadier than requests/s on a machine that other work shares.
    const cpuPerRequestMs = (cpuMillis(server.pid) - cpuBefore) / result.requests.total;
    const failures = result.errors + result.timeouts + result.non2xx;
    const rows = [
      { metric: 'requests/s (average)', value: result.requests.average, unit: 'req/s', decimals: 0 },
      { metric: 'latency p50', value: result.latency.p50, unit: 'ms' },
      { metric: 'latency p90', value: result.latency.p90, unit: 'ms' },
      {
        metric: 'latency p99',
        value: result.latency.p99,
        unit: 'ms',
        target: `< ${TARGET_P99_MS}`,
        ok: result.latency.p99 < TARGET_P99_MS,
      },
      { metric: 'latency max', value: result.latency.max, unit: 'ms' },
      { metric: 'requests (total)', value: result.requests.total, decimals: 0 },
      { metric: 'server CPU per request', value: cpuPerRequestMs * 1000, unit: 'µs', decimals: 0 },
      { metric: 'errors, timeouts and non-2xx', value: failures, decimals: 0, ok: failures === 0 },
    ];
    report('me', rows, {
      connections,
      durationSeconds: duration,
      cpuPerRequestMs,
      requests: result.requests,
      latency: result.latency,
      throughput: result.throughput,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    });
    return rows;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
