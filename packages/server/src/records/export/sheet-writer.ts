import type { Cell } from './human-value.ts';

/** Where export rows go, one at a time: a CSV or an xlsx writer over an output stream. */
export interface SheetWriter {
  start(): Promise<void>;
  addRow(cells: Cell[]): Promise<void>;
  /** Writes what is left and ends the output stream. */
  finish(): Promise<void>;
}
