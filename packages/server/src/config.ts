import path from 'node:path';

export interface Config {
  /** TCP port of the HTTP server. */
  port: number;
  host: string;
  /** Folder for the SQLite database, uploaded files and backups. */
  dataDir: string;
  /** `postgres://…` to run on PostgreSQL; unset runs on embedded SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  logLevel: string;
  /** Maximum request body in bytes. */
  bodyLimit: number;
  /** Size limit of a record attachment upload in MB (attachment fields set their own). */
  maxUploadMb: number;
  /** Session lifetime in seconds (sliding). */
  sessionTtlSeconds: number;
  /** Send cookies with `Secure` (set when served over HTTPS). */
  secureCookies: boolean;
  /** Run the job worker inside the `serve` process. */
  workerInProcess: boolean;
  /** Folder of the built web app, served at `/`. */
  webDir: string | undefined;
  /** Load demo data on first start (`LODESTAR_DEMO`, or its older name `LODESTAR_DEMO_DATA`). */
  seedDemo: boolean;
  /** Password of the demo users; unset: a random one printed once. */
  demoPassword: string | undefined;
  trustProxy: boolean;
  /** Check every response against its schema (tests turn this on). */
  validateResponses: boolean;
  /** Font file (TTF, OTF or a TTC collection) with CJK glyphs, embedded in generated PDFs. */
  pdfFontPath: string;
  /** PostScript name of the face to use when `pdfFontPath` is a collection (.ttc). */
  pdfFontFace: string;
  /** Limits of the public web-to-lead endpoint (in-process, per server instance). */
  leadForms: LeadFormLimits;
}

/** How much the public web-to-lead endpoint takes; a limit of 0 switches that limit off. */
export interface LeadFormLimits {
  /** Submissions one client address may make per window, to any form. */
  perIp: number;
  /** Submissions one form may receive per window, from everyone together. */
  perToken: number;
  /** Length of the rate-limit window in seconds. */
  windowSeconds: number;
  /** Largest submission body in bytes; larger ones get 413. */
  bodyLimit: number;
}

type Env = Record<string, string | undefined>;

function readBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function readInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

/** Reads the configuration from environment variables; every value has a working default. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(env.LODESTAR_DATA_DIR || 'data');
  return {
    port: readInt(env.PORT, 3000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    adminPassword: env.LODESTAR_ADMIN_PASSWORD || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    bodyLimit: readInt(env.LODESTAR_BODY_LIMIT, 1024 * 1024, 'LODESTAR_BODY_LIMIT'),
    maxUploadMb: readInt(env.LODESTAR_MAX_UPLOAD_MB, 20, 'LODESTAR_MAX_UPLOAD_MB'),
    sessionTtlSeconds: readInt(env.LODESTAR_SESSION_TTL, 7 * 24 * 3600, 'LODESTAR_SESSION_TTL'),
    secureCookies: readBool(env.LODESTAR_SECURE_COOKIES, false),
    workerInProcess: readBool(env.LODESTAR_IN_PROCESS_WORKER, true),
    webDir: env.LODESTAR_WEB_DIR || undefined,
    seedDemo: readBool(env.LODESTAR_DEMO || env.LODESTAR_DEMO_DATA, true),
    demoPassword: env.LODESTAR_DEMO_PASSWORD || undefined,
    trustProxy: readBool(env.LODESTAR_TRUST_PROXY, false),
    validateResponses: readBool(env.LODESTAR_VALIDATE_RESPONSES, false),
    pdfFontPath: env.LODESTAR_PDF_FONT || '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    pdfFontFace: env.LODESTAR_PDF_FONT_FACE || 'NotoSansCJKsc-Regular',
    leadForms: {
      perIp: readInt(env.LODESTAR_LEAD_FORM_IP_LIMIT, 20, 'LODESTAR_LEAD_FORM_IP_LIMIT'),
      perToken: readInt(env.LODESTAR_LEAD_FORM_TOKEN_LIMIT, 600, 'LODESTAR_LEAD_FORM_TOKEN_LIMIT'),
      windowSeconds: Math.max(
        1,
        readInt(env.LODESTAR_LEAD_FORM_RATE_WINDOW, 60, 'LODESTAR_LEAD_FORM_RATE_WINDOW'),
      ),
      bodyLimit: Math.max(
        1024,
        readInt(env.LODESTAR_LEAD_FORM_BODY_LIMIT, 16 * 1024, 'LODESTAR_LEAD_FORM_BODY_LIMIT'),
      ),
    },
    ...overrides,
  };
}

/** Hides the password part of a connection string for logs and `doctor`. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
