import type { Cell, DataValidation, Row, Worksheet, WorksheetProtection } from 'exceljs'
import { qualifierList } from './layout'

// How the workbook looks: what a clerk may type in is white, everything else is grey and locked, so
// the unit and indicator keys that read.ts relies on are not typed over by accident.

const font = { name: 'Times New Roman', size: 11 }
const grey = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEFF2' } } as const
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1EA' } } as const
const line = { style: 'thin', color: { argb: 'FFB8C0CC' } } as const
const border = { top: line, left: line, bottom: line, right: line }

export function styleTitle(ws: Worksheet, lines: string[]): void {
  lines.forEach((text, i) => {
    // Written in column C: column A is narrow and B hidden, and text only spills over empty cells.
    const cell = ws.getCell(i + 1, 3)
    cell.value = text
    cell.font =
      i === 0
        ? { ...font, size: 14, bold: true }
        : i === 1
          ? { ...font, size: 12, bold: true }
          : { ...font, italic: true, color: { argb: 'FF475569' } }
  })
}

export function styleHeader(row: Row): void {
  row.height = 32
  row.eachCell((cell) => {
    cell.font = { ...font, bold: true }
    cell.fill = headerFill
    cell.border = border
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  })
}

export function styleCell(cell: Cell, options: { open: boolean; numFmt?: string; right?: boolean }): void {
  cell.font = font
  cell.border = border
  if (options.numFmt) cell.numFmt = options.numFmt
  if (options.right) cell.alignment = { horizontal: 'right' }
  if (options.open) cell.protection = { locked: false }
  else cell.fill = grey
}

// exceljs's own merging of per-cell validations sorts addresses as text ("I10" before "I6") and
// writes overlapping ranges, which Excel repairs with a warning; runs of rows are given as ranges.
export function addValidation(ws: Worksheet, column: string, rows: number[], validation: DataValidation): void {
  const list = (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations
  for (let i = 0; i < rows.length;) {
    let j = i
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++
    list.add(`${column}${rows[i]}:${column}${rows[j]}`, validation)
    i = j + 1
  }
}

// "" (nothing typed) is EXACT; Excel's list cannot hold an empty item, so blanks are allowed instead.
export const qualifierValidation: DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [`"${qualifierList.join(',')}"`],
  showErrorMessage: true,
  errorTitle: 'Ghi nhận',
  error: 'Chọn trên, gần, khoảng hoặc — (số chính xác).',
}

export const yesNoValidation: DataValidation = {
  type: 'whole',
  operator: 'between',
  allowBlank: true,
  formulae: [0, 1],
  showInputMessage: true,
  promptTitle: 'Đạt / chưa đạt',
  prompt: 'Nhập 1 nếu đạt, 0 nếu chưa đạt.',
  showErrorMessage: true,
  error: 'Nhập 1 (đạt) hoặc 0 (chưa đạt).',
}

// No password: the protection guards against slips, not people — anyone may lift it from the
// Review menu, and read.ts checks every key and value again anyway.
export const protection: Partial<WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
}
