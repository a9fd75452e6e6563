import { Decimal, type Locale } from '@lodestar/shared';
import type { Database } from '../../db/database.ts';
import { AppError, conflict, forbidden, invalidFields } from '../../errors.ts';
import type { Viewer } from '../../http/access.ts';
import { createRecordIn } from '../../records/create-record.command.ts';
import { deleteRecordIn } from '../../records/delete-record.command.ts';
import { getRecord } from '../../records/get-record.query.ts';
import type { RecordOutput } from '../../records/record.presenter.ts';
import { recordContext } from '../../records/record-context.ts';
import { recordNotFound, scopeWhere } from '../../records/record-scope.ts';
import { inRecordTransaction } from '../../records/record-write.ts';
import { systemContextIn } from '../contract/contexts-in.ts';
import { loadRecord, lockRecordRow } from '../contract/record-rows.ts';
import { loadInstalments, moneyOf } from './payment-records.ts';

export interface InstalmentInput {
  name?: string | undefined;
  dueDate: string;
  amount: string;
  description?: string | undefined;
}

const defaultName = (locale: Locale, n: number) => (locale === 'zh-CN' ? `第 ${n} 期` : `Instalment ${n}`);

/**
 * Replaces a draft contract's payment plan in one call: the instalments given, numbered 1…N in the order
 * given (named "第 n 期" unless named), each above zero and together exactly the contract amount (422
 * otherwise; an empty list removes the plan). Only while the contract is a draft (409) and only for someone
 * who may update it. Returns the new instalments as the viewer sees them.
 */
export async function setPaymentPlan(
  database: Database,
  viewer: Viewer,
  locale: Locale,
  contractId: number,
  lines: InstalmentInput[],
): Promise<RecordOutput[]> {
  const contracts = await recordContext(database, 'contract', viewer);
  const ids = await inRecordTransaction(database, async (trx) => {
    await lockRecordRow(trx, contracts.object.tableName, contractId);
    const contract = await loadRecord(trx, contracts, contractId, scopeWhere(contracts, 'read', 'live'));
    if (!contract) throw recordNotFound();
    if (!(await loadRecord(trx, contracts, contractId, scopeWhere(contracts, 'update', 'live'))))
      throw forbidden();
    if (contract.values.status !== 'draft') throw conflict('paymentPlan.contract_locked');
    const amounts = lines.map((line) => Decimal.parse(line.amount));
    const notPositive = amounts.flatMap((amount, index) =>
      amount.greaterThan(0)
        ? []
        : [{ field: `instalments.${index}.amount`, code: 'payment.amount_not_positive' }],
    );
    if (notPositive.length > 0) throw invalidFields(notPositive);
    const total = Decimal.sum(amounts);
    const amount = moneyOf(contract.values.amount);
    if (lines.length > 0 && !total.equals(amount)) {
      const params = { total: total.toFixed(2), amount: amount.toFixed(2) };
      throw new AppError(422, 'paymentPlan.total_mismatch', params, [
        { field: 'instalments', code: 'paymentPlan.total_mismatch', params },
      ]);
    }
    const plans = await systemContextIn(trx, contracts, 'paymentPlan');
    for (const old of await loadInstalments(trx, plans, contractId)) await deleteRecordIn(trx, plans, old.id);
    const created: number[] = [];
    for (const [index, line] of lines.entries()) {
      const record = await createRecordIn(trx, plans, {
        name: line.name?.trim() || defaultName(locale, index + 1),
        contract: contractId,
        instalment: index + 1,
        dueDate: line.dueDate,
        amount: amounts[index]!.toFixed(2),
        ...(line.description ? { description: line.description } : {}),
        ownerId: contract.ownerId,
      });
      created.push(record.id);
    }
    return created;
  });
  const plans = await recordContext(database, 'paymentPlan', viewer);
  return Promise.all(ids.map((id) => getRecord(plans, id)));
}
