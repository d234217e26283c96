import { inflateRawSync } from 'node:zlib'
import { MAX_ROWS } from './layout'

// An XLSX is a ZIP of XML parts. exceljs unpacks every part into memory and builds an object per
// cell before we can count anything, so a small file that unpacks to gigabytes (a "zip bomb") or a
// sheet of a million rows would hold the server. This walks the ZIP's own directory first, unpacks
// each part under a shared byte budget and counts the rows, and only then lets exceljs read it.

// A 50.000-row sheet of this layout is about 30 MB of XML; exceljs then holds some 300 MB.
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024
const MAX_ENTRIES = 5_000 // Excel writes about a dozen parts; thousands is not a workbook.

export type ZipCheck = { ok: true } | { ok: false; code: 'notXlsx' | 'fileTooLarge' | 'tooManyRows' }

type Entry = { name: string; method: number; flags: number; compressedSize: number; localOffset: number }

export function checkXlsxBytes(bytes: Uint8Array): ZipCheck {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = readDirectory(buf)
  if (entries === 'tooMany') return { ok: false, code: 'fileTooLarge' }
  if (!entries || !entries.some((e) => e.name === 'xl/workbook.xml')) return { ok: false, code: 'notXlsx' }
  let budget = MAX_UNPACKED_BYTES
  for (const entry of entries) {
    const part = unpack(buf, entry, budget)
    if (part === 'tooLarge') return { ok: false, code: 'fileTooLarge' }
    if (part === null) return { ok: false, code: 'notXlsx' }
    budget -= part.length
    // Header and title rows come on top of the data rows.
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name) && countRows(part) > MAX_ROWS + 20) return { ok: false, code: 'tooManyRows' }
  }
  return { ok: true }
}

// The central directory at the end of the file lists every part; a file without one is not a ZIP.
function readDirectory(buf: Buffer): Entry[] | 'tooMany' | null {
  const end = findEndRecord(buf)
  if (end < 0) return null
  const count = buf.readUInt16LE(end + 10)
  let at = buf.readUInt32LE(end + 16)
  // ZIP64 marks (0xFFFF, 0xFFFFFFFF) only appear in archives far past our budget.
  if (count === 0xffff || at === 0xffffffff) return 'tooMany'
  if (count > MAX_ENTRIES) return 'tooMany'
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) return null
    const nameLength = buf.readUInt16LE(at + 28)
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      localOffset: buf.readUInt32LE(at + 42),
    })
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  return entries
}

function findEndRecord(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65.535 bytes.
  for (let at = buf.length - 22; at >= 0 && at >= buf.length - 22 - 0xffff; at--) {
    if (buf.readUInt32LE(at) === 0x06054b50) return at
  }
  return -1
}

// The part's bytes, unpacked with a ceiling so a bomb stops at the budget instead of in memory.
function unpack(buf: Buffer, entry: Entry, budget: number): Buffer | 'tooLarge' | null {
  const at = entry.localOffset
  if (entry.flags & 1) return null // encrypted
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28)
  const data = buf.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) return null
  if (entry.method === 0) return data.length > budget ? 'tooLarge' : data
  if (entry.method !== 8) return null
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(budget, 1) })
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : null
  }
}

const ROW_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]) // space, tab, line breaks, ">", "/"

// Counts <row …> elements; rows Excel leaves out (never touched) do not count, as in exceljs.
function countRows(xml: Buffer): number {
  let rows = 0
  for (let at = xml.indexOf('<row'); at >= 0; at = xml.indexOf('<row', at + 4)) {
    if (ROW_END.has(xml[at + 4])) rows++
  }
  return rows
}
