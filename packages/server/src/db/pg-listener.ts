import pg from 'pg';

/** Called when a notification arrives on a channel, or after a reconnect (one may have been missed). */
export type NotifyHandler = () => void;

export interface PgListener {
  /**
   * Subscribes `onNotify` to `channel` (scoped to the connection's schema, like `notifyChannel`).
   * Resolves once the subscription is in effect, or after a failed first attempt while it keeps retrying
   * in the background; never rejects. Resolves to the function that unsubscribes.
   */
  listen(channel: string, onNotify: NotifyHandler): Promise<() => Promise<void>>;
  /** Ends the connection and every subscription. */
  close(): Promise<void>;
}

export interface PgListenerOptions {
  /** First pause before reconnecting; doubles on each failure up to `maxRetryDelayMs`. */
  minRetryDelayMs?: number;
  maxRetryDelayMs?: number;
}

/**
 * Listens for PostgreSQL notifications on one dedicated connection (a pooled one would be handed to
 * other queries). The connection is opened with the first subscription and closed with the last; when it
 * drops, it is reopened with exponential backoff and every subscriber is called once, as a notification
 * may have been lost meanwhile. Errors never reach the caller: polling covers the time without a
 * connection.
 */
export function createPgListener(config: pg.ClientConfig, options: PgListenerOptions = {}): PgListener {
  const minDelay = options.minRetryDelayMs ?? 250;
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  const handlers = new Map<string, Set<NotifyHandler>>();
  /** Logical channel → the channel name on the server, for the current connection. */
  const listening = new Map<string, string>();
  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | null = null;
  // Connecting, LISTEN and UNLISTEN run one after another, in call order.
  let queue: Promise<void> = Promise.resolve();
  const serially = (op: () => Promise<void>): Promise<void> => {
    queue = queue.then(op).catch(() => {});
    return queue;
  };

  const notifyAll = () => {
    for (const set of handlers.values()) for (const handler of set) safely(handler);
  };

  const onLost = (lost: pg.Client) => {
    if (client !== lost) return;
    client = null;
    listening.clear();
    lost.removeAllListeners('notification');
    void lost.end().catch(() => {});
    scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (closed || retryTimer || handlers.size === 0) return;
    const delay = Math.min(maxDelay, minDelay * 2 ** failures);
    failures++;
    retryTimer = setTimeout(
      () => {
        retryTimer = null;
        void serially(() => connect(true));
      },
      delay / 2 + (Math.random() * delay) / 2,
    );
  };

  const subscribe = async (target: pg.Client, channel: string) => {
    // The same name as `notifyChannel` computes: see there.
    const { rows } = await target.query<{ name: string }>(
      "select left($1::text || '_' || current_schema(), 63) as name",
      [channel],
    );
    const name = rows[0]!.name;
    await target.query(`listen ${pg.escapeIdentifier(name)}`);
    listening.set(channel, name);
  };

  const connect = async (reconnecting: boolean) => {
    if (closed || client || handlers.size === 0) return;
    // Keep-alive notices a connection dropped silently (an idle LISTEN connection sends nothing); the
    // timeout keeps a subscriber from waiting on an unreachable server.
    const next = new pg.Client({ keepAlive: true, connectionTimeoutMillis: 10_000, ...config });
    next.on('error', () => onLost(next));
    next.on('end', () => onLost(next));
    next.on('notification', (message) => {
      for (const [channel, name] of listening)
        if (name === message.channel) for (const handler of handlers.get(channel) ?? []) safely(handler);
    });
    client = next;
    try {
      await next.connect();
      for (const channel of handlers.keys()) await subscribe(next, channel);
    } catch {
      onLost(next);
      return;
    }
    failures = 0;
    if (reconnecting) notifyAll();
  };

  const disconnect = async () => {
    const current = client;
    client = null;
    listening.clear();
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    failures = 0;
    await current?.end().catch(() => {});
  };

  return {
    async listen(channel, onNotify) {
      if (closed) return async () => {};
      const set = handlers.get(channel) ?? new Set<NotifyHandler>();
      handlers.set(channel, set);
      set.add(onNotify);
      await serially(async () => {
        if (!client) return connect(false);
        if (listening.has(channel)) return;
        const current = client;
        await subscribe(current, channel).catch(() => onLost(current));
      });
      let subscribed = true;
      return async () => {
        if (!subscribed) return;
        subscribed = false;
        set.delete(onNotify);
        if (set.size > 0 || handlers.get(channel) !== set) return;
        handlers.delete(channel);
        await serially(async () => {
          if (handlers.size === 0) return disconnect();
          const name = listening.get(channel);
          if (!client || !name || handlers.has(channel)) return;
          listening.delete(channel);
          const current = client;
          await current.query(`unlisten ${pg.escapeIdentifier(name)}`).catch(() => onLost(current));
        });
      };
    },
    async close() {
      closed = true;
      handlers.clear();
      await serially(disconnect);
    },
  };
}

function safely(handler: NotifyHandler) {
  try {
    handler();
  } catch {
    // A subscriber's failure is its own; the others still hear the notification.
  }
}
