import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { DialectName } from '../../src/db/database.ts';
import { prepareDatabase } from '../../src/platform/prepare-database.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const ADMIN_PASSWORD = 'admin-Password-1';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** Signs in and returns the Cookie header value. */
  login(username: string, password: string): Promise<string>;
  /** Cookie header of the admin user. */
  adminCookie: string;
  /** A request to `/api/v1{url}` as the holder of `cookie`, in English unless `language` says otherwise. */
  call(
    cookie: string,
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    language?: string,
  ): Promise<LightMyRequestResponse>;
  /** How many rows `table` has. */
  rowCount(table: string): Promise<number>;
  close(): Promise<void>;
}

/** A migrated database with the admin user, and the app on it (not listening; use `app.inject`). */
export async function createTestApp(
  dialect: DialectName,
  overrides: Parameters<typeof loadConfig>[1] = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const config = loadConfig(
    {},
    {
      adminPassword: ADMIN_PASSWORD,
      seedDemo: false,
      workerInProcess: false,
      validateResponses: true,
      ...overrides,
    },
  );
  await prepareDatabase(database, config);
  const app = await buildApp({ config, database });
  await app.ready();
  const login = async (username: string, password: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    return sessionCookie(res);
  };
  const adminCookie = await login('admin', ADMIN_PASSWORD);
  return {
    app,
    database,
    login,
    adminCookie,
    call: (cookie, method, url, payload, language = 'en') =>
      app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { cookie, 'accept-language': language },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      }),
    async rowCount(table) {
      const row = await database.db
        // biome-ignore lint/suspicious/noExplicitAny: any table of the schema, by name
        .selectFrom(table as any)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}

/** The `name=value` of the session cookie a response sets. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'lodestar_session');
  if (!cookie) throw new Error('no session cookie in response');
  return `${cookie.name}=${cookie.value}`;
}
