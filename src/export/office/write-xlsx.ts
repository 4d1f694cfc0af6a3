/**
 * Writes a workbook spec as .xlsx with exceljs: numbers as numbers with the format that prints
 * them as the source did, a bold frozen header row, column widths from the content, links as
 * links. exceljs is passed in (loaded lazily by the caller).
 */
import type ExcelJS from 'exceljs';
import { columnWidths, MAX_WIDTH, type Cell, type SheetSpec, type WorkbookSpec } from './workbook-spec';

type ExcelModule = typeof ExcelJS;
type Worksheet = ReturnType<InstanceType<ExcelModule['Workbook']>['addWorksheet']>;

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === 'string') return cell;
  if ('number' in cell) return cell.number;
  return { text: cell.text, hyperlink: cell.hyperlink };
}

function writeSheet(sheet: Worksheet, spec: SheetSpec, fontName: string) {
  const preamble = spec.preamble ?? [];
  preamble.forEach((line, i) => {
    sheet.addRow([line]).font = { name: fontName, bold: i === 0, size: i === 0 ? 13 : 10 };
  });
  const header = sheet.addRow(spec.headers);
  header.font = { name: fontName, bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  const widths = columnWidths(spec);
  // Styles cost time per cell in exceljs: only what a reader sees is set. Body cells keep the
  // default font (Excel and WPS show Chinese in their East Asian face); numbers get their format,
  // links their colour, and only columns too narrow for their longest text wrap.
  const wraps = widths.map((width) => width >= MAX_WIDTH);
  for (const cells of spec.rows) {
    const row = sheet.addRow(cells.map(cellValue));
    cells.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') {
        const target = row.getCell(i + 1);
        if ('number' in cell) target.numFmt = cell.numFmt;
        else target.font = { color: { argb: 'FF1F5FA8' }, underline: true };
      } else if (wraps[i] && cell) row.getCell(i + 1).alignment = { vertical: 'top', wrapText: true };
    });
  }
  if (spec.footer?.length) {
    sheet.addRow([]);
    for (const line of spec.footer) sheet.addRow([line]).font = { name: fontName, size: 9, color: { argb: 'FF4B5563' } };
  }
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  // The header row stays in view when scrolling.
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: preamble.length + 1 }];
}

/** The .xlsx bytes of a workbook spec. */
export async function writeXlsx(
  Excel: ExcelModule,
  spec: WorkbookSpec,
  { fontName, creator, date }: { fontName: string; creator: string; date: Date },
): Promise<Uint8Array> {
  const workbook = new Excel.Workbook();
  workbook.creator = creator;
  workbook.title = spec.title;
  workbook.created = date;
  workbook.modified = date;
  for (const sheetSpec of spec.sheets) writeSheet(workbook.addWorksheet(sheetSpec.name), sheetSpec, fontName);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
