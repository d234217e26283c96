import type { ValueError } from '../calc/types'

// What an upload can get wrong, each shown to the clerk at its sheet, row and column, so a file is
// fixed in one go. Codes, not sentences: the page turns them into messages through the catalogue.
export type ProblemCode =
  // the file
  | 'notXlsx' // not a ZIP at all (random bytes, a CSV renamed .xlsx, an old .xls, a password-protected file)
  | 'fileTooLarge' // unpacks to more than the reader will hold in memory
  | 'tooManyRows'
  // the sheet
  | 'sheetMissing' // no sheet named for the period ("Cả năm", "6 tháng"); value: the sheets found
  | 'wrongPeriod' // a template of another year or period; value: its key ("2020:YEAR")
  | 'headerMismatch' // no "Mã chỉ tiêu" / unit column, or a column twice; value: the header
  | 'extraColumn' // a column not in the layout; value: its header
  // the row
  | 'unknownUnit' // not a member of the cluster this year; value: the id or name
  | 'unknownIndicator' // not in this year's list for the period; value: the code
  | 'duplicateRow' // the same unit and indicator again; value: the code
  // the cell
  | 'notANumber'
  | 'ambiguous' // "1,2,3", "2,522.81": English grouping, read differently by different people
  | ValueError // 'negative' | 'percentTooLarge' | 'notBoolean' | 'tooSmall' | 'tooLarge' | 'tooManyDecimals'
  | 'unknownQualifier'
  | 'noteTooLong'
  | 'readOnly' // last year's figure comes from last year's data and is changed there
  | 'confirmed' // the secretariat confirmed the unit's figures: they are locked

// A file-level problem has no sheet, row or column (row 0, empty column).
// `warning`: reported but not in the way of applying the changes (an empty extra column).
export type Problem = { sheet: string; row: number; column: string; code: ProblemCode; value?: string; warning?: true }

// The upload is applied all or nothing: any problem that is not a warning stops it.
export function isBlocking(problem: Problem): boolean {
  return !problem.warning
}
