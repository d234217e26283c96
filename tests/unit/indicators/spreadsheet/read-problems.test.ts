import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { isBlocking } from '@/lib/indicators/spreadsheet/problems'
import { readUpload } from '@/lib/indicators/spreadsheet/read'
import { buildTemplate } from '@/lib/indicators/spreadsheet/write'
import { edit, makeGrid, meta, rowOf } from './grid-fixture'

const grid = makeGrid()
const vq = rowOf(grid, 'unit-vuquang', 'ind-sl')
const sheet = 'Cả năm'

async function upload(change: (ws: ExcelJS.Worksheet) => void, g = grid) {
  return readUpload(await edit(await buildTemplate(g, meta), change), g, meta)
}

describe('bad figures: each is a problem at its sheet, row and column, and no change', () => {
  it.each([
    ['letters in a number cell', 'H', 'mười ba nghìn', 'notANumber'],
    ['"1,2,3"', 'H', '1,2,3', 'notANumber'],
    ['English grouping "1,234,567"', 'H', '1,234,567', 'ambiguous'],
    ['a negative production value', 'H', -5, 'negative'],
    ['a negative value typed as text', 'G', '-19.000', 'negative'],
    ['too many decimals for tonnes', 'H', 13000.12345, 'tooManyDecimals'],
    ['an unknown qualifier', 'I', 'hơn', 'unknownQualifier'],
    ['a formula that ended in an error', 'H', { formula: 'G9/0', result: { error: '#DIV/0!' } }, 'notANumber'],
  ])('%s', async (_, column, value, code) => {
    const result = await upload((ws) => {
      ws.getCell(`${column}${vq}`).value = value as ExcelJS.CellValue
      ws.getCell(`K${vq}`).value = 'Ghi chú mới' // a good cell on the same row still reads
    })
    expect(result.problems).toEqual([{ sheet, row: vq, column, code, value: expect.any(String) }])
    expect(result.changes).toEqual([
      { unitId: 'unit-vuquang', indicatorId: 'ind-sl', field: 'note', text: 'Ghi chú mới', expectedVersion: 0 },
    ])
  })

  it('a percentage over 1000 and a yes/no that is neither', async () => {
    const hn = rowOf(grid, 'unit-vuquang', 'ind-hn')
    const ntm = rowOf(grid, 'unit-vuquang', 'ind-ntm')
    const result = await upload((ws) => {
      ws.getCell(`H${hn}`).value = '1.500'
      ws.getCell(`H${ntm}`).value = 2
    })
    expect(result.problems).toEqual([
      { sheet, row: ntm, column: 'H', code: 'notBoolean', value: '2' },
      { sheet, row: hn, column: 'H', code: 'percentTooLarge', value: '1.500' },
    ])
    expect(result.changes).toEqual([])
  })

  it('last year’s figure taken from last year’s data, and figures the secretariat confirmed, are not changed', async () => {
    const g = makeGrid()
    g.reviews = [{ unitId: 'unit-vuquang', status: 'CONFIRMED', comment: null }]
    const result = await upload((ws) => {
      ws.getCell(`J${rowOf(g, 'unit-locha', 'ind-sl')}`).value = 17000
      ws.getCell(`H${vq}`).value = 13000
    }, g)
    expect(result.problems).toEqual([
      { sheet, row: 6, column: 'J', code: 'readOnly', value: '17000' },
      { sheet, row: vq, column: 'H', code: 'confirmed', value: '13000' },
    ])
    expect(result.changes).toEqual([])
  })

  it('a note longer than the save service takes', async () => {
    const result = await upload((ws) => void (ws.getCell(`K${vq}`).value = 'x'.repeat(2001)))
    expect(result.problems).toMatchObject([{ sheet, row: vq, column: 'K', code: 'noteTooLong' }])
  })
})

describe('bad rows', () => {
  it('an unknown indicator code, a unit that is not a member, a row twice: problems, never changes', async () => {
    const result = await upload((ws) => {
      ws.getCell(`D${vq}`).value = 'SL_XYZ'
      ws.getCell(`H${vq}`).value = 13000
      ws.getCell('B7').value = 'unit-hongLinh' // a row copied from another cluster's sheet
      ws.getCell('C7').value = 'Hồng Lĩnh'
      ws.getCell('H7').value = 0
      ws.getRow(12).values = [7, 'unit-locha', 'Lộc Hà', 'TL_HN', '', '', 3, 6]
    })
    expect(result.problems).toEqual([
      { sheet, row: 7, column: 'C', code: 'unknownUnit', value: 'Hồng Lĩnh' },
      { sheet, row: vq, column: 'D', code: 'unknownIndicator', value: 'SL_XYZ' },
      { sheet, row: 12, column: 'D', code: 'duplicateRow', value: 'TL_HN' },
    ])
    expect(result.changes).toEqual([])
  })

  it('ignores lines under the table that carry no code and no figure', async () => {
    const result = await upload((ws) => void (ws.getCell('C14').value = 'Người lập biểu: Nguyễn Văn A'))
    expect(result).toEqual({ changes: [], problems: [], rowsRead: 6 })
  })
})

describe('bad columns and sheets', () => {
  it('an extra column: a warning when empty, in the way when it holds figures', async () => {
    const result = await upload((ws) => {
      ws.getCell('L5').value = 'Ghi chú thêm'
      ws.getCell('M5').value = 'KH HĐND giao' // a source the grid does not know: not read as a target
      ws.getCell(`M${vq}`).value = 12000
      ws.getCell(`O${vq}`).value = 'no header at all'
    })
    expect(result.problems).toEqual([
      { sheet, row: 5, column: 'L', code: 'extraColumn', value: 'Ghi chú thêm', warning: true },
      { sheet, row: 5, column: 'M', code: 'extraColumn', value: 'KH HĐND giao' },
      { sheet, row: 5, column: 'O', code: 'extraColumn', value: '' },
    ])
    expect(result.problems.map(isBlocking)).toEqual([false, true, true])
    expect(result.changes).toEqual([])
  })

  it('a header missing or twice, the period’s sheet missing, a template of another year', async () => {
    expect((await upload((ws) => void (ws.getCell('D5').value = 'Mã'))).problems).toEqual([
      { sheet, row: 5, column: 'D', code: 'headerMismatch', value: 'Mã chỉ tiêu' },
    ])
    expect((await upload((ws) => void (ws.getCell('L5').value = 'thực  hiện'))).problems).toEqual([
      { sheet, row: 5, column: 'L', code: 'headerMismatch', value: 'thực  hiện' },
    ])
    const h1 = await buildTemplate(grid, { ...meta, period: 'H1' })
    expect((await readUpload(h1, grid, meta)).problems).toEqual([{ sheet, row: 0, column: '', code: 'sheetMissing', value: '6 tháng' }])
    const lastYear = await buildTemplate(grid, { ...meta, year: 2020 })
    expect(await readUpload(lastYear, grid, meta)).toEqual({
      changes: [],
      problems: [{ sheet, row: 4, column: 'B', code: 'wrongPeriod', value: '2020:YEAR' }],
      rowsRead: 0,
    })
  })
})
