import type { Database } from '../../db/database.ts';
import type { Viewer } from '../../http/access.ts';
import { metadataRegistryOf } from '../../metadata/metadata-registry.ts';
import { selectForecastCells, selectOwners } from './forecast.repository.ts';
import type { ForecastOutput } from './forecast.schemas.ts';
import { addCell, emptySums, type ForecastSums, presentSums } from './forecast-figures.ts';
import { type OwnerFilter, ownerPredicates } from './report-owner-filter.ts';
import { monthRangeOf, monthsOf, quarterOf, yearOf } from './report-period.ts';

export interface ForecastInput extends OwnerFilter {
  pipelineId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The longest period a forecast covers: five years. */
const MAX_MONTHS = 60;

/**
 * The weighted forecast (SPEC P-4) within the viewer's data scope, by expected close month (`closeDate`) and
 * quarter, per owner and per department: closed won, weighted (amount × the stage's win probability, exact),
 * best case and commit. One grouped statement by (month, owner, status); months, quarters, owners and
 * departments are sums of its cells. The current calendar year when no period is given.
 */
export async function salesForecast(
  database: Database,
  viewer: Viewer,
  input: ForecastInput,
): Promise<ForecastOutput> {
  const db = database.db;
  const { timeZone } = await metadataRegistryOf(database).snapshot();
  const range = monthRangeOf(input.from, input.to, yearOf(new Date(), timeZone), MAX_MONTHS)!;
  const cells = await selectForecastCells(
    db,
    range,
    input.pipelineId,
    await ownerPredicates(db, viewer, 'o.owner_id', input),
  );
  const months = new Map(monthsOf(range).map((month) => [month, emptySums()]));
  const quarters = new Map<string, ForecastSums>();
  for (const month of months.keys()) quarters.set(quarterOf(month), emptySums());
  const owners = new Map<number | null, ForecastSums>();
  const totals = emptySums();
  for (const cell of cells) {
    addCell(months.get(cell.month) ?? emptySums(), cell);
    addCell(quarters.get(quarterOf(cell.month)) ?? emptySums(), cell);
    if (!owners.has(cell.ownerId)) owners.set(cell.ownerId, emptySums());
    addCell(owners.get(cell.ownerId)!, cell);
    addCell(totals, cell);
  }
  const people = await selectOwners(
    db,
    [...owners.keys()].filter((id): id is number => id !== null),
  );
  const departments = new Map<number | null, { name: string | null; sums: ForecastSums }>();
  const ownerRows = [...owners.entries()].map(([ownerId, sums]) => {
    const person = ownerId === null ? undefined : people.get(ownerId);
    const departmentId = person?.departmentId ?? null;
    const department = departments.get(departmentId) ?? {
      name: person?.departmentName ?? null,
      sums: emptySums(),
    };
    departments.set(departmentId, department);
    mergeSums(department.sums, sums);
    return {
      owner: ownerId === null ? null : { id: ownerId, name: person?.name ?? '' },
      department: departmentId === null ? null : { id: departmentId, name: person?.departmentName ?? '' },
      sums,
    };
  });
  const byWeighted = (a: { sums: ForecastSums }, b: { sums: ForecastSums }) =>
    Number(b.sums.weightedBasis - a.sums.weightedBasis > 0n) -
    Number(b.sums.weightedBasis - a.sums.weightedBasis < 0n);
  return {
    period: range,
    pipelineId: input.pipelineId ?? null,
    months: [...months.entries()].map(([month, sums]) => ({ month, ...presentSums(sums) })),
    quarters: [...quarters.entries()].map(([quarter, sums]) => ({ quarter, ...presentSums(sums) })),
    owners: ownerRows
      .sort(byWeighted)
      .map((row) => ({ owner: row.owner, department: row.department, ...presentSums(row.sums) })),
    departments: [...departments.entries()]
      .map(([id, department]) => ({
        department: id === null ? null : { id, name: department.name ?? '' },
        sums: department.sums,
      }))
      .sort(byWeighted)
      .map((row) => ({ department: row.department, ...presentSums(row.sums) })),
    totals: presentSums(totals),
  };
}

function mergeSums(into: ForecastSums, from: ForecastSums): void {
  into.closedWon += from.closedWon;
  into.weightedBasis += from.weightedBasis;
  into.bestCase += from.bestCase;
  into.commit += from.commit;
  into.openCount += from.openCount;
  into.wonCount += from.wonCount;
}
