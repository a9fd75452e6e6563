import { AppError } from '../errors.ts';
import type { RecordContext } from '../records/record-context.ts';
import { parseFieldSelection } from '../records/record-fields.ts';
import { filterPredicate } from '../records/record-filter.ts';
import { parseSort } from '../records/record-sort.ts';
import './list-views.messages.ts';

type FieldErrors = AppError['fieldErrors'];

/** Runs a check and collects its per-field problems instead of throwing them. */
async function problemsOf(check: () => unknown, rename?: (field: string) => string): Promise<FieldErrors> {
  try {
    await check();
    return [];
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 400) throw error;
    return error.fieldErrors.map((problem) => ({
      ...problem,
      field: rename ? rename(problem.field) : problem.field,
    }));
  }
}

/**
 * Checks a view's columns, filter and sort against the object's metadata as the viewer sees it, with the
 * same rules as the list (`?fields=`, the condition parser, `?sort=`): every problem at once, a 400 with
 * per-field details (`columns.2`, `filter.and.0.field`, `sort`).
 */
export async function assertValidView(
  context: RecordContext,
  view: { columns?: string[]; filter?: unknown; sort?: string | null },
): Promise<void> {
  const problems: FieldErrors = [];
  for (const [index, column] of (view.columns ?? []).entries()) {
    problems.push(
      ...(await problemsOf(
        () => parseFieldSelection(context, column),
        () => `columns.${index}`,
      )),
    );
  }
  if (view.filter != null) {
    problems.push(...(await problemsOf(() => filterPredicate(context, JSON.stringify(view.filter)))));
  }
  if (view.sort) problems.push(...(await problemsOf(() => parseSort(context, view.sort ?? undefined))));
  if (problems.length > 0) throw new AppError(400, 'view.invalid', {}, problems);
}
