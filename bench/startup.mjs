// Cold start on existing data: milliseconds from spawning the process to the first 200 of /api/v1/health.
import fs from 'node:fs';
import { median, report } from './lib/report.mjs';
import { prepareDataDir, startServer } from './lib/server-process.mjs';

const TARGET_MS = 2000;

async function measure(how, runs) {
  const dataDir = await prepareDataDir(how);
  try {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const server = await startServer({ dataDir, how });
      samples.push(server.readyMs);
      await server.stop();
    }
    return samples;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `lodestar serve` and `npm start`, each started `runs` times on data a first run created. */
export async function benchStartup({ runs = 5 } = {}) {
  const rows = [];
  const details = {};
  for (const how of ['serve', 'npm-start']) {
    try {
      const samples = await measure(how, runs);
      details[how] = samples.map((ms) => Math.round(ms));
      const value = median(samples);
      rows.push({
        metric: `${how === 'serve' ? 'lodestar serve' : 'npm start'}: spawn → first 200 (median of ${runs})`,
        value,
        unit: 'ms',
        decimals: 0,
        target: `< ${TARGET_MS}`,
        ok: value < TARGET_MS,
      });
    } catch (err) {
      details[how] = { error: String(err.message ?? err).slice(0, 2000) };
      rows.push({ metric: `${how}: failed`, value: String(err.message ?? err).split('\n')[0] });
    }
  }
  report('startup', rows, { samplesMs: details });
  return rows;
}
