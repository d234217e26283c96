import ExcelJS from 'exceljs'
import type { Grid, GridCell } from '@/lib/indicators/load-grid'

// A small cluster-year as loadGrid returns it: Lộc Hà and Vũ Quang; grain output (amount), the NTM
// district (yes/no) and the poor-household rate (a reduction in points); one target source.
export const meta = { clusterName: 'Cụm thi đua số 2', year: 2021, period: 'YEAR' as const }

const indicator = (
  id: string,
  code: string,
  nameVi: string,
  unit: string,
  extra: Partial<Grid['indicators'][number]>,
): Grid['indicators'][number] => ({
  id,
  code,
  nameVi,
  nameEn: nameVi,
  unit,
  kind: 'AMOUNT',
  direction: 'HIGHER_IS_BETTER',
  reduction: false,
  decimals: 0,
  groupName: 'Kinh tế',
  minValue: null,
  maxValue: null,
  ...extra,
})

const cell = (
  unitId: string,
  indicatorId: string,
  extra: Partial<GridCell> = {},
  target: { value: number | null; version: number } = { value: null, version: 0 },
): GridCell => ({
  unitId,
  indicatorId,
  actual: null,
  qualifier: 'EXACT',
  note: '',
  previous: null,
  previousFromLastYear: false,
  version: 0,
  targets: { 'Tỉnh giao': target },
  ...extra,
})

export function makeGrid(): Grid {
  return {
    indicators: [
      indicator('ind-sl', 'SL_LT', 'Sản lượng lương thực có hạt', 'tấn', {}),
      indicator('ind-ntm', 'HUYEN_NTM', 'Huyện đạt chuẩn nông thôn mới', 'đạt/chưa đạt', { kind: 'BOOLEAN', groupName: 'Nông thôn mới' }),
      indicator('ind-hn', 'TL_HN', 'Tỷ lệ hộ nghèo', '%', {
        kind: 'RATE',
        direction: 'LOWER_IS_BETTER',
        reduction: true,
        decimals: 2,
        groupName: 'Xã hội',
      }),
    ],
    members: [
      { id: 'unit-locha', name: 'Lộc Hà' },
      { id: 'unit-vuquang', name: 'Vũ Quang' },
    ],
    sources: ['Tỉnh giao'],
    cells: [
      // The real case: 19.000 tấn, "trên", 108,1% of plan and 107,7% of 2020 (last year's data).
      cell(
        'unit-locha',
        'ind-sl',
        { actual: 19000, qualifier: 'OVER', previous: 17642, previousFromLastYear: true, version: 4, note: 'Vượt kế hoạch' },
        { value: 17576, version: 2 },
      ),
      cell('unit-locha', 'ind-ntm', { actual: 1, version: 1 }, { value: 1, version: 1 }),
      cell('unit-locha', 'ind-hn', { actual: 7.35, previous: 10.5, version: 3 }, { value: 2.7, version: 5 }),
      cell('unit-vuquang', 'ind-sl', { version: 0 }),
      cell('unit-vuquang', 'ind-ntm'),
      cell('unit-vuquang', 'ind-hn', { previous: 9.8, version: 7 }),
    ],
    reviews: [],
  }
}

// Template rows follow grid.cells: row 6 is Lộc Hà's grain output, row 9 Vũ Quang's.
export const rowOf = (grid: Grid, unitId: string, indicatorId: string) =>
  6 + grid.cells.findIndex((c) => c.unitId === unitId && c.indicatorId === indicatorId)

// Opens a workbook, lets the test type into it, and saves it again as Excel would.
export async function edit(bytes: Uint8Array, change: (ws: ExcelJS.Worksheet) => void, sheet = 'Cả năm'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  change(workbook.getWorksheet(sheet)!)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

export async function open(bytes: Uint8Array, sheet = 'Cả năm'): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  return workbook.getWorksheet(sheet)!
}

// A grid of the size the bench measures (a large cluster): 20 members × 80 indicators, half the figures filled in.
export function bigGrid(members = 20, indicators = 80): Grid {
  const grid = makeGrid()
  grid.members = Array.from({ length: members }, (_, m) => ({ id: `unit-${m}`, name: `Đơn vị ${m + 1}` }))
  grid.indicators = Array.from({ length: indicators }, (_, i) => ({
    ...grid.indicators[0],
    id: `ind-${i}`,
    code: `CT_${i}`,
    nameVi: `Chỉ tiêu số ${i + 1}`,
    decimals: 2,
  }))
  grid.cells = grid.members.flatMap((m, mi) =>
    grid.indicators.map((ind, ii) => ({
      ...grid.cells[3],
      unitId: m.id,
      indicatorId: ind.id,
      actual: (mi + ii) % 2 ? 1000 + mi * 7.25 + ii : null,
      version: 1,
      targets: { 'Tỉnh giao': { value: 900 + ii, version: 1 } },
    })),
  )
  return grid
}
