import { describe, expect, it } from 'vitest'
import { buildExport, buildTemplate, gridCsv } from '@/lib/indicators/spreadsheet/write'
import { columnLetter, columns } from '@/lib/indicators/spreadsheet/layout'
import { makeGrid, meta, open, rowOf } from './grid-fixture'

describe('the template', () => {
  it('has the title block, the year key in hidden column B and the header on row 5', async () => {
    const ws = await open(await buildTemplate(makeGrid(), meta))
    expect(ws.getCell('C1').value).toBe('Cụm thi đua số 2')
    expect(ws.getCell('C2').value).toBe('Chỉ tiêu năm 2021 — Cả năm')
    expect(ws.getCell('B4').value).toBe('2021:YEAR')
    expect(ws.getRow(5).values).toEqual([
      undefined,
      'STT',
      'Mã đơn vị',
      'Đơn vị',
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Đơn vị tính',
      'KH Tỉnh giao',
      'Thực hiện',
      'Ghi nhận',
      'Cùng kỳ năm trước',
      'Ghi chú',
    ])
    expect(ws.getColumn(2).hidden).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 5, ySplit: 5 })
  })

  it('fills in the current figures as numbers, with a number format and the qualifier as reported', async () => {
    const grid = makeGrid()
    const ws = await open(await buildTemplate(grid, meta))
    const r = rowOf(grid, 'unit-locha', 'ind-sl')
    expect(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K'].map((c) => ws.getCell(`${c}${r}`).value)).toEqual([
      1,
      'unit-locha',
      'Lộc Hà',
      'SL_LT',
      'tấn',
      17576,
      19000,
      'trên',
      17642,
      'Vượt kế hoạch',
    ])
    expect(ws.getCell(`H${r}`).numFmt).toBe('#,##0')
    expect(ws.getCell(`H${rowOf(grid, 'unit-locha', 'ind-hn')}`).numFmt).toBe('#,##0.00')
    expect(ws.getCell(`H${rowOf(grid, 'unit-locha', 'ind-ntm')}`).numFmt).toBe('"Đạt";"Đạt";"Chưa đạt"')
    // Nothing typed is nothing: an empty figure stays an empty cell, not 0.
    expect(ws.getCell(`H${rowOf(grid, 'unit-vuquang', 'ind-sl')}`).value).toBeNull()
  })

  it('locks and greys the keys, names and last year’s data; leaves the figures open with a list for "Ghi nhận"', async () => {
    const grid = makeGrid()
    const ws = await open(await buildTemplate(grid, meta))
    const r = rowOf(grid, 'unit-locha', 'ind-sl')
    expect(ws.getCell(`B${r}`).protection?.locked).not.toBe(false)
    expect(ws.getCell(`D${r}`).fill).toMatchObject({ type: 'pattern', pattern: 'solid' })
    expect(ws.getCell(`H${r}`).protection).toMatchObject({ locked: false })
    expect(ws.getCell(`J${r}`).protection?.locked).not.toBe(false) // taken from 2020's data
    expect(ws.getCell(`J${rowOf(grid, 'unit-locha', 'ind-hn')}`).protection).toMatchObject({ locked: false })
    // Protected without a password: a guard against slips that anyone may lift.
    expect((ws as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({ sheet: true })
    expect((ws as unknown as { sheetProtection: object }).sheetProtection).not.toHaveProperty('hashValue')
    expect(ws.getCell(`I${r}`).dataValidation).toMatchObject({ type: 'list', formulae: ['"—,trên,gần,khoảng"'] })
  })

  it('locks every figure of a unit whose figures the secretariat confirmed', async () => {
    const grid = makeGrid()
    grid.reviews = [{ unitId: 'unit-vuquang', status: 'CONFIRMED', comment: null }]
    const ws = await open(await buildTemplate(grid, meta))
    expect(ws.getCell(`H${rowOf(grid, 'unit-vuquang', 'ind-sl')}`).protection?.locked).not.toBe(false)
    expect(ws.getCell(`H${rowOf(grid, 'unit-locha', 'ind-sl')}`).protection).toMatchObject({ locked: false })
  })

  it('offers a "KH Tỉnh giao" column when the grid has no target yet', () => {
    expect(columns(['Tỉnh giao'], false).map((c) => c.header)).toContain('KH Tỉnh giao')
    expect(columnLetter(1)).toBe('A')
    expect(columnLetter(27)).toBe('AA')
  })

  it('names the sheet "6 tháng" for the mid-year review', async () => {
    const ws = await open(await buildTemplate(makeGrid(), { ...meta, period: 'H1' }), '6 tháng')
    expect(ws.getCell('B4').value).toBe('2021:H1')
  })
})

describe('the export', () => {
  it('adds the comparisons as the screen shows them: Lộc Hà 108,1% of plan, 107,7% of 2020', async () => {
    const grid = makeGrid()
    const ws = await open(await buildExport(grid, meta))
    expect(ws.getRow(5).values).toEqual(expect.arrayContaining(['% KH Tỉnh giao', '% so với cùng kỳ', 'Tăng trưởng']))
    const r = rowOf(grid, 'unit-locha', 'ind-sl')
    expect(['L', 'M', 'N'].map((c) => ws.getCell(`${c}${r}`).value)).toEqual(['108,1%', '107,7%', '+7,70%'])
    // The poor-household rate: cut of 3,15 points against a planned 2,7 → 116,7%; no ratio to last year.
    const cut = rowOf(grid, 'unit-locha', 'ind-hn')
    expect(['L', 'M', 'N'].map((c) => ws.getCell(`${c}${cut}`).value)).toEqual(['116,7%', '—', '—'])
    expect(ws.getCell(`L${rowOf(grid, 'unit-vuquang', 'ind-sl')}`).value).toBe('—')
  })

  it('writes a CSV with year, period, figures and comparisons', () => {
    const csv = gridCsv(makeGrid(), meta)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe(
      '\uFEFFNăm,Kỳ,STT,Đơn vị,Mã chỉ tiêu,Chỉ tiêu,Đơn vị tính,KH Tỉnh giao,Thực hiện,Ghi nhận,Cùng kỳ năm trước,Ghi chú,% KH Tỉnh giao,% so với cùng kỳ,Tăng trưởng',
    )
    expect(lines[1]).toBe(
      `2021,Cả năm,1,Lộc Hà,SL_LT,Sản lượng lương thực có hạt,tấn,17.576,19.000,trên,17.642,Vượt kế hoạch,"108,1%","107,7%","'+7,70%"`,
    )
    expect(lines[2]).toContain(',Đạt,Đạt,')
    expect(lines[3]).toContain(',"2,7","7,35",,"10,5",')
  })
})
