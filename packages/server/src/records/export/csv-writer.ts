import type { Writable } from 'node:stream';
import type { Cell } from './human-value.ts';
import type { SheetWriter } from './sheet-writer.ts';

/** One field of RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes doubled. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV writer: UTF-8 with BOM (so Excel reads Chinese), CRLF line ends, waiting for the stream to drain. */
export function csvSheetWriter(out: Writable): SheetWriter {
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.destroyed) return reject(new Error('the export was aborted'));
      if (out.write(text)) return resolve();
      const onDrain = () => {
        out.off('close', onClose);
        resolve();
      };
      const onClose = () => {
        out.off('drain', onDrain);
        reject(new Error('the export was aborted'));
      };
      out.once('drain', onDrain);
      out.once('close', onClose);
    });
  return {
    start: () => write('\uFEFF'),
    addRow: (cells) => write(`${cells.map(csvField).join(',')}\r\n`),
    async finish() {
      out.end();
    },
  };
}
