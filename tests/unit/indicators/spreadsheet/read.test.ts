import { describe, expect, it } from 'vitest'
import { parseVnNumber } from '@/lib/indicators/calc/vn-number'
import { changeText } from '@/lib/indicators/spreadsheet/cell-value'
import { readUpload } from '@/lib/indicators/spreadsheet/read'
import { buildExport, buildTemplate } from '@/lib/indicators/spreadsheet/write'
import { bigGrid, edit, makeGrid, meta, rowOf } from './grid-fixture'

describe('reading a template back', () => {
  it('gives no change and no problem for an untouched template', async () => {
    const grid = makeGrid()
    const result = await readUpload(await buildTemplate(grid, meta), grid, meta)
    expect(result).toEqual({ changes: [], problems: [], rowsRead: 6 })
  })

  it('gives no change for an exported file either: the comparison columns are known and ignored', async () => {
    const grid = makeGrid()
    expect(await readUpload(await buildExport(grid, meta), grid, meta)).toEqual({ changes: [], problems: [], rowsRead: 6 })
  })

  it('turns figures typed as numbers or the Vietnamese way into changes with the versions of the grid', async () => {
    const grid = makeGrid()
    const vq = rowOf(grid, 'unit-vuquang', 'ind-sl')
    const bytes = await edit(await buildTemplate(grid, meta), (ws) => {
      ws.getCell(`G${vq}`).value = '12.241' // typed as text with a thousands dot
      ws.getCell(`H${vq}`).value = 13000 // an Excel number
      ws.getCell(`I${vq}`).value = 'trên'
      ws.getCell(`J${vq}`).value = '1.234,5'
      ws.getCell(`K${vq}`).value = '  Số liệu sơ bộ '
      ws.getCell(`H${rowOf(grid, 'unit-vuquang', 'ind-ntm')}`).value = 'Đạt'
      ws.getCell(`H${rowOf(grid, 'unit-locha', 'ind-hn')}`).value = 7.2 // was 7,35
      ws.getCell(`G${rowOf(grid, 'unit-locha', 'ind-hn')}`).value = '3,15' // a planned cut in points
      ws.getCell(`I${rowOf(grid, 'unit-locha', 'ind-sl')}`).value = '—' // "trên" → exact
    })
    const { changes, problems } = await readUpload(bytes, grid, meta)
    expect(problems).toEqual([])
    expect(changes).toEqual([
      { unitId: 'unit-locha', indicatorId: 'ind-sl', field: 'qualifier', text: 'EXACT', expectedVersion: 4 },
      { unitId: 'unit-locha', indicatorId: 'ind-hn', field: 'target', source: 'Tỉnh giao', text: '3,15', expectedVersion: 5 },
      { unitId: 'unit-locha', indicatorId: 'ind-hn', field: 'actual', text: '7,2', expectedVersion: 3 },
      { unitId: 'unit-vuquang', indicatorId: 'ind-sl', field: 'target', source: 'Tỉnh giao', text: '12241', expectedVersion: 0 },
      { unitId: 'unit-vuquang', indicatorId: 'ind-sl', field: 'actual', text: '13000', expectedVersion: 0 },
      { unitId: 'unit-vuquang', indicatorId: 'ind-sl', field: 'qualifier', text: 'OVER', expectedVersion: 0 },
      { unitId: 'unit-vuquang', indicatorId: 'ind-sl', field: 'previous', text: '1234,5', expectedVersion: 0 },
      { unitId: 'unit-vuquang', indicatorId: 'ind-sl', field: 'note', text: 'Số liệu sơ bộ', expectedVersion: 0 },
      { unitId: 'unit-vuquang', indicatorId: 'ind-ntm', field: 'actual', text: '1', expectedVersion: 0 },
    ])
  })

  it('treats a blank cell as "no change" and a figure typed as it is stored as no change', async () => {
    const grid = makeGrid()
    const r = rowOf(grid, 'unit-locha', 'ind-sl')
    const bytes = await edit(await buildTemplate(grid, meta), (ws) => {
      for (const c of ['G', 'I', 'K']) ws.getCell(`${c}${r}`).value = null
      ws.getCell(`H${r}`).value = '19.000'
      ws.getCell(`J${r}`).value = 17642
    })
    expect(await readUpload(bytes, grid, meta)).toEqual({ changes: [], problems: [], rowsRead: 6 })
  })

  it('reads "8,12%" typed into a rate cell (Excel stores 0,0812 with a % format) as 8,12', async () => {
    const grid = makeGrid()
    const r = rowOf(grid, 'unit-vuquang', 'ind-hn')
    const bytes = await edit(await buildTemplate(grid, meta), (ws) => {
      const cell = ws.getCell(`H${r}`)
      cell.value = 0.0812
      // A fresh style object: exceljs shares one between the cells it loaded with the same style.
      cell.style = { ...cell.style, numFmt: '0.00%' }
    })
    const { changes } = await readUpload(bytes, grid, meta)
    expect(changes).toEqual([{ unitId: 'unit-vuquang', indicatorId: 'ind-hn', field: 'actual', text: '8,12', expectedVersion: 7 }])
  })

  it('finds columns by their header, so a column the clerk moved still reads right', async () => {
    const grid = makeGrid()
    const r = rowOf(grid, 'unit-vuquang', 'ind-sl')
    const bytes = await edit(await buildTemplate(grid, meta), (ws) => {
      ws.spliceColumns(8, 0, []) // an empty column inserted before "Thực hiện"
      ws.getCell(`I${r}`).value = 13000
    })
    const { changes, problems } = await readUpload(bytes, grid, meta)
    expect(changes).toEqual([{ unitId: 'unit-vuquang', indicatorId: 'ind-sl', field: 'actual', text: '13000', expectedVersion: 0 }])
    expect(problems).toEqual([])
  })

  it('matches a row a clerk added by the unit name when it has no unit id', async () => {
    const grid = makeGrid()
    const bytes = await edit(await buildTemplate(grid, meta), (ws) => {
      ws.getCell('B11').value = null
      ws.getCell('C11').value = 'vũ quang'
      ws.getCell('H11').value = 8.1
    })
    const { changes } = await readUpload(bytes, grid, meta)
    expect(changes).toEqual([{ unitId: 'unit-vuquang', indicatorId: 'ind-hn', field: 'actual', text: '8,1', expectedVersion: 7 }])
  })

  it('writes change texts the save service reads back to the same number', () => {
    for (const value of [0, 19000, 1234.5, 1.234, 7799.29, -3.15, 0.000001, 1e21, 123456789.12]) {
      expect(parseVnNumber(changeText(value))).toEqual({ ok: true, value })
    }
  })
})

describe('reading a full cluster-year', () => {
  it('reads 20 members × 80 indicators (figures in every cell changed) and prints how long it takes', async () => {
    const grid = bigGrid()
    const template = await buildTemplate(grid, meta)
    const filled = await edit(template, (ws) => {
      grid.cells.forEach((_, i) => (ws.getCell(`H${6 + i}`).value = 2000 + i / 4))
    })
    const started = performance.now()
    const result = await readUpload(filled, grid, meta)
    const took = performance.now() - started
    expect(result.rowsRead).toBe(1600)
    expect(result.problems).toEqual([])
    expect(result.changes).toHaveLength(1600)
    console.log(`readUpload: 1.600 rows (${Math.round(filled.byteLength / 1024)} KB) in ${Math.round(took)} ms`)
  })
})
