import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../config.ts';
import { loadDemoData, readDemoOrganisation } from '../platform/demo/load-demo-data.ts';
import { prepareDatabase } from '../platform/prepare-database.ts';
import { seedDemoScale } from '../sales/demo/seed-demo-scale.ts';
import type { Command } from './commands.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Add demo data at scale: N opportunities and everything around them (for benchmarks)',
  help: `Usage: lodestar seed --demo --scale N [--seed S] [--now YYYY-MM-DD]

Adds N opportunities to the demo company, with proportional accounts (N/10), contacts (2 per account),
leads (N/2, a fifth converted), stage history, quotes, contracts, payment plans, payments and follow-ups,
in bulk and deterministically: the same N, seed and --now give the same data. More reps join the demo's
sales teams as N grows (one per 5,000 opportunities). Loads the demo organisation first when the database
has none (then only the organisation: the small demo CRM is not added). --now is the day the history leads
up to (default: today); works on SQLite and on PostgreSQL (DATABASE_URL).

Example: npm run lodestar -- seed --demo --scale 1000000`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        demo: { type: 'boolean', default: false },
        scale: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '7' },
        now: { type: 'string' },
      },
    });
    const scale = Number(values.scale);
    const seed = Number(values.seed);
    const now = values.now ? new Date(`${values.now}T08:00:00Z`) : todayAtEight();
    if (
      !values.demo ||
      !Number.isInteger(scale) ||
      scale < 1 ||
      !Number.isInteger(seed) ||
      Number.isNaN(now.getTime())
    ) {
      console.error(this.help);
      return 2;
    }
    const config = loadConfig();
    const database = openConfiguredDatabase(config);
    try {
      const { generatedPassword } = await prepareDatabase(database, config);
      if (generatedPassword)
        console.log(`  Created the admin user; password: ${generatedPassword} (shown once)`);
      let organisation = await readDemoOrganisation(database.db);
      if (!organisation) {
        const loaded = await loadDemoData(database, { password: config.demoPassword });
        if (loaded.loaded && loaded.passwordGenerated)
          console.log(
            `  Loaded the demo organisation; demo users' password: ${loaded.password} (shown once)`,
          );
        organisation = await readDemoOrganisation(database.db);
      }
      if (!organisation) throw new Error('the demo organisation could not be loaded');
      const started = performance.now();
      const result = await seedDemoScale(database, organisation, {
        scale,
        seed,
        now,
        onProgress: (message) => console.log(`  ${message}`),
      });
      // Fresh statistics for the planner (PostgreSQL: and the visibility map for index-only scans).
      await (database.dialect === 'postgres' ? sql`vacuum analyze` : sql`analyze`).execute(database.db);
      const seconds = (performance.now() - started) / 1000;
      console.log(`Seeded in ${seconds.toFixed(1)} s:`);
      for (const [name, count] of Object.entries(result))
        console.log(`  ${name.padEnd(14)} ${count.toLocaleString()}`);
      return 0;
    } finally {
      await database.close();
    }
  },
};

/** Today at 08:00 UTC (16:00 in Shanghai): the same "now" for every run of one day. */
function todayAtEight(): Date {
  const day = new Date().toISOString().slice(0, 10);
  return new Date(`${day}T08:00:00Z`);
}
