import { randomBytes } from 'node:crypto'
import { deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readUpload } from '@/lib/indicators/spreadsheet/read'
import { buildTemplate } from '@/lib/indicators/spreadsheet/write'
import { makeGrid, meta } from './grid-fixture'

const grid = makeGrid()
const fileProblem = (code: string) => [{ sheet: '', row: 0, column: '', code }]

describe('files that are not what they claim', () => {
  it.each([
    ['random bytes', randomBytes(4096)],
    ['a CSV renamed .xlsx', Buffer.from('\uFEFFĐơn vị,Thực hiện\r\nLộc Hà,19.000\r\n')],
    ['an empty file', Buffer.alloc(0)],
    ['an old .xls (OLE compound file)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(600)])],
    ['a ZIP that is not a workbook', zip([['word/document.xml', Buffer.from('<w:document/>')]])],
    ['a truncated workbook', Buffer.from(new Uint8Array(0))],
  ])('%s is "notXlsx" and does not throw', async (_, bytes) => {
    expect(await readUpload(new Uint8Array(bytes), grid, meta)).toEqual({ changes: [], problems: fileProblem('notXlsx'), rowsRead: 0 })
  })

  it('a half-downloaded template is "notXlsx"', async () => {
    const bytes = await buildTemplate(grid, meta)
    expect((await readUpload(bytes.subarray(0, bytes.length - 100), grid, meta)).problems).toEqual(fileProblem('notXlsx'))
  })

  it('a file that unpacks to more than the reader holds (a "zip bomb") is refused before exceljs reads it', async () => {
    const bomb = zip([
      ['xl/workbook.xml', Buffer.from('<workbook/>')],
      ['xl/worksheets/sheet1.xml', Buffer.alloc(60 * 1024 * 1024, 0x20)],
    ])
    expect(bomb.length).toBeLessThan(200_000)
    expect((await readUpload(bomb, grid, meta)).problems).toEqual(fileProblem('fileTooLarge'))
  })

  it('a sheet of more than 50.000 rows is refused before it is loaded', async () => {
    const workbook = new ExcelJS.Workbook()
    const ws = workbook.addWorksheet('Cả năm')
    for (let r = 1; r <= 50_100; r++) ws.getCell(r, 8).value = r
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect((await readUpload(bytes, grid, meta)).problems).toEqual(fileProblem('tooManyRows'))
  })
})

// A minimal ZIP writer (stored sizes, no CRC): enough to hand the reader shapes exceljs never writes.
function zip(entries: [string, Buffer][]): Uint8Array {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const [name, content] of entries) {
    const data = deflateRawSync(content)
    const nameBytes = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(content.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(data.length, 20)
    dir.writeUInt32LE(content.length, 24)
    dir.writeUInt16LE(nameBytes.length, 28)
    dir.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    central.push(dir, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}
