import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { hasMessage, translate } from '../platform/i18n.ts';

/** Prints a problem the way an operator reads it on a terminal: one line per field. */
export function reportCliError(error: unknown): void {
  if (error instanceof AppError) {
    console.error(`Error: ${message(error.code, error.params)}`);
    for (const field of error.fieldErrors)
      console.error(`  ${field.field}: ${message(field.code, field.params)}`);
    return;
  }
  throw error;
}

/** Prints the issues of a failed zod validation of command-line input. */
export function reportInvalidOptions(error: z.ZodError, optionOf: Record<string, string>): void {
  console.error('Error: invalid options');
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    console.error(`  ${optionOf[key] ?? key}: ${issue.message}`);
  }
}

function message(code: string, params: Record<string, unknown> = {}): string {
  return hasMessage(code) ? translate('en', code, params) : code;
}
