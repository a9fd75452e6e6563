// Statistics, the printed table and the JSON file every benchmark writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './server-process.mjs';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The machine a figure was measured on: figures mean little without it. */
export function machine() {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
  };
}

/** Prints rows of `{ metric, value, unit, target }` as a table and writes the whole result as JSON. */
export function report(name, rows, details = {}) {
  const table = rows.map((r) => ({
    metric: r.metric,
    value: typeof r.value === 'number' ? Number(r.value.toFixed(r.decimals ?? 1)) : r.value,
    unit: r.unit ?? '',
    target: r.target ?? '',
    ok: r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  }));
  console.log(`\n${name}`);
  console.table(table);
  const dir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const file = path.join(dir, `${name}-${stamp}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ name, at: new Date().toISOString(), machine: machine(), results: table, details }, null, 2)}\n`,
  );
  console.log(`Results written to ${path.relative(ROOT, file)}`);
  return file;
}
