import type { FastifyInstance } from 'fastify';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

/** In-process request metrics rendered in Prometheus text format. */
export class HttpMetrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Series>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${escapeLabel(route)}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const lkey = `method="${method}",route="${escapeLabel(route)}"`;
    let series = this.latency.get(lkey);
    if (!series) {
      series = { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
      this.latency.set(lkey, series);
    }
    series.count++;
    series.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) series.buckets[i]!++;
  }

  render(): string {
    const lines: string[] = [
      '# HELP lodestar_http_requests_total HTTP requests by method, route and status.',
      '# TYPE lodestar_http_requests_total counter',
    ];
    for (const [labels, n] of this.requests) lines.push(`lodestar_http_requests_total{${labels}} ${n}`);
    lines.push(
      '# HELP lodestar_http_request_duration_seconds HTTP request latency.',
      '# TYPE lodestar_http_request_duration_seconds histogram',
    );
    for (const [labels, s] of this.latency) {
      BUCKETS.forEach((le, i) => {
        lines.push(`lodestar_http_request_duration_seconds_bucket{${labels},le="${le}"} ${s.buckets[i]}`);
      });
      lines.push(`lodestar_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`);
      lines.push(`lodestar_http_request_duration_seconds_sum{${labels}} ${s.sum}`);
      lines.push(`lodestar_http_request_duration_seconds_count{${labels}} ${s.count}`);
    }
    return `${lines.join('\n')}\n`;
  }

  install(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    });
  }
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
