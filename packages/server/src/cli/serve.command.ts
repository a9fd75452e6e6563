import { parseArgs } from 'node:util';
import { buildApp } from '../app.ts';
import { loadConfig, redactUrl } from '../config.ts';
import { type DemoLoadResult, loadDemoData } from '../platform/demo/load-demo-data.ts';
import { startWorker } from '../platform/jobs/worker.ts';
import { prepareDatabase } from '../platform/prepare-database.ts';
import { PRODUCT_BACKGROUND } from '../product-background.ts';
import { SALES_DEMO_STEPS } from '../sales/index.ts';
import type { Command } from './commands.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the web app and the API (with an in-process worker unless --no-worker)',
  help: `Usage: lodestar serve [--port N] [--host ADDR] [--no-worker]

Migrates the database, creates the admin user on first start (password from LODESTAR_ADMIN_PASSWORD, else a
random one printed once), loads the demo company on first start (LODESTAR_DEMO=0 to skip), and serves the
web app and /api/v1. Environment: PORT, HOST, LODESTAR_DATA_DIR, DATABASE_URL, LOG_LEVEL,
LODESTAR_IN_PROCESS_WORKER (default 1).`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { port: { type: 'string' }, host: { type: 'string' }, 'no-worker': { type: 'boolean' } },
    });
    const base = loadConfig();
    const config = {
      ...base,
      ...(values.port ? { port: Number(values.port) } : {}),
      ...(values.host ? { host: values.host } : {}),
      ...(values['no-worker'] ? { workerInProcess: false } : {}),
    };
    const database = openConfiguredDatabase(config, { serving: true });
    const { created, generatedPassword } = await prepareDatabase(database, config);
    if (generatedPassword) {
      console.log(
        `\n  Created the admin user.\n  username: admin\n  password: ${generatedPassword}\n  (shown once; set LODESTAR_ADMIN_PASSWORD to choose it)\n`,
      );
    }
    if (created && config.seedDemo) {
      const started = performance.now();
      const result = await loadDemoData(database, { password: config.demoPassword, steps: SALES_DEMO_STEPS });
      printDemoLoad(result, performance.now() - started);
    }
    const app = await buildApp({ config, database, logger: { level: config.logLevel } });
    const background = config.workerInProcess
      ? await startWorker({ database, ...PRODUCT_BACKGROUND, log: app.log })
      : null;
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      app.log.info({ signal }, 'shutting down');
      await background?.stop();
      await app.close();
      await database.close();
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    await app.listen({ port: config.port, host: config.host });
    app.log.info(
      {
        url: `http://${config.host}:${config.port}`,
        database: redactUrl(config.databaseUrl) ?? `sqlite:${config.dataDir}`,
      },
      'Lodestar is ready',
    );
    await new Promise<void>((resolve) => app.server.once('close', () => resolve()));
    return 0;
  },
};

/** Tells who can sign in to the demo company; a generated password is shown here only. */
function printDemoLoad(result: DemoLoadResult, ms: number): void {
  if (!result.loaded) return;
  const password = result.passwordGenerated
    ? `${result.password}\n  (shown once; set LODESTAR_DEMO_PASSWORD to choose it)`
    : '(from LODESTAR_DEMO_PASSWORD)';
  console.log(
    `  Loaded the demo company in ${(ms / 1000).toFixed(1)} s (LODESTAR_DEMO=0 skips it). Demo users, all with the same password:\n  usernames: ${result.usernames.join(', ')}\n  password: ${password}\n`,
  );
}
