/**
 * Who reacts to domain events: each subscriber turns every matching outbox event into one job.
 * Patterns: an exact type (`user.created`), a prefix ending in `.*` (`user.*` matches `user.created` and
 * `user.role.added`), or `*` for every event.
 */
export interface EventSubscriber {
  /** Stable name; part of the idempotency key of the jobs it gets (`event:<eventId>:<name>`). */
  name: string;
  /** Event type patterns. */
  events: readonly string[];
  /** The job each matching event becomes; its payload is `{ event: DispatchedEvent }`. */
  jobName: string;
  maxAttempts?: number;
}

/** The payload of a subscriber's job: the event as it was emitted. */
export interface DispatchedEvent {
  id: number;
  type: string;
  aggregateType: string;
  aggregateId: string | null;
  payload: Record<string, unknown>;
  actorUserId: number | null;
  createdAt: string;
}

/**
 * Declares a subscriber.
 * @example defineSubscriber({ name: 'webhooks', events: ['*'], jobName: 'webhooks.deliver' })
 */
export function defineSubscriber(subscriber: EventSubscriber): EventSubscriber {
  if (!/^[\w.-]+$/.test(subscriber.name)) throw new Error(`invalid subscriber name "${subscriber.name}"`);
  return subscriber;
}

/** Whether an event type matches a subscriber pattern. */
export function matchesEventType(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}

/** The subscribers interested in an event type. */
export function subscribersOf(subscribers: readonly EventSubscriber[], type: string): EventSubscriber[] {
  return subscribers.filter((s) => s.events.some((pattern) => matchesEventType(pattern, type)));
}
