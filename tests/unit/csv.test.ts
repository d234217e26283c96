import { describe, expect, it } from 'vitest'
import { toCsv } from '@/lib/reports/csv'

describe('CSV for office spreadsheets', () => {
  it('starts with a BOM, quotes what needs it, and defuses formulas', () => {
    const csv = toCsv(
      ['đơn vị', 'ghi chú'],
      [
        ['Lộc Hà', 'trên 19.000 tấn, "vượt"'],
        ['=HYPERLINK("x")', 'dòng 1\ndòng 2'],
      ],
    )
    expect(csv).toBe('\uFEFFđơn vị,ghi chú\r\nLộc Hà,"trên 19.000 tấn, ""vượt"""\r\n"\'=HYPERLINK(""x"")","dòng 1\ndòng 2"\r\n')
  })
})
