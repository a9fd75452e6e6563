import type { WriteNotes } from '../../records/record-behaviour.ts';
import type { LeadIntakeChannel } from './lead-intake-hooks.ts';

/** What intake says of a lead it creates, for the lead's behaviours (assignment reads it). */
export interface IntakeNote {
  channel: LeadIntakeChannel;
  /** The rule set of the form the lead was submitted through; null: none named (web forms only). */
  ruleSetId: number | null;
}

const INTAKE = Symbol('leadIntake.intake');

/** The notes of a create by intake (`WriteOptions.notes`). */
export function intakeNotes(note: IntakeNote): WriteNotes {
  return new Map([[INTAKE, note]]);
}

/** What intake said of this write, or undefined when intake did not make it. */
export function intakeNoteOf(notes: WriteNotes): IntakeNote | undefined {
  return notes.get(INTAKE) as IntakeNote | undefined;
}
