import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SheetWriter } from './sheet-writer.ts';

/**
 * An xlsx writer on exceljs' streaming workbook: each row is committed as it is added, so memory stays flat
 * whatever the number of rows. The first row (the header) is bold and frozen.
 */
export function xlsxSheetWriter(out: Writable, sheetName: string): SheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  let header = true;
  return {
    async start() {},
    async addRow(cells) {
      const row = sheet.addRow(cells);
      if (header) {
        row.font = { bold: true };
        header = false;
      }
      row.commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
