/** The body of every error response (RFC 9457 application/problem+json). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  /** Stable, machine-readable error code, e.g. `auth.invalid_credentials`. */
  code: string;
  /** Human-readable message in the caller's language. */
  detail: string;
  instance?: string;
  requestId?: string;
  /** Per-field problems for validation errors. */
  errors?: FieldProblem[];
}

export interface FieldProblem {
  /** Dotted path of the field, e.g. `email` or `lines.0.quantity`. */
  field: string;
  code: string;
  message: string;
}
