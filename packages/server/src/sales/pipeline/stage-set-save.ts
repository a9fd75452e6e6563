import type { RecordContext } from '../../records/record-context.ts';

/**
 * Contexts of a whole stage list being saved in one transaction (`saveStageSet`). Their writes pass
 * through transient states — two stages at one position while they swap, a pipeline briefly without its
 * lost stage while one is replaced — so the stage behaviour leaves the rules about the whole set
 * (positions unique, one won, at least one lost and one open) to the command, which checks the final set
 * before it commits, the way a deferred constraint would.
 */
const deferred = new WeakSet<RecordContext>();

/** Marks a context as saving a whole stage list. */
export function deferStageSetRules(context: RecordContext): void {
  deferred.add(context);
}

/** Whether the rules about the whole stage set wait for the end of the save. */
export function stageSetRulesDeferred(context: RecordContext): boolean {
  return deferred.has(context);
}
