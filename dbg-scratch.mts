import PDFDocument from 'pdfkit'
import { writeFileSync } from 'node:fs'
import { loadFonts } from '/work/main/lib/pledges/document/fonts'
const f = loadFonts()
const doc = new PDFDocument({ font: f.bold as any, size: [300, 200] })
const chunks: Buffer[] = []
doc.on('data', (c) => chunks.push(c))
doc.on('end', () => writeFileSync('/tmp/dbg.pdf', Buffer.concat(chunks)))
doc.fontSize(14)
doc.text('THỰC HIỆN Ụ', 20, 50)
console.log(doc.y)
doc.moveTo(20, doc.y).lineTo(200, doc.y).stroke()
doc.moveTo(20, 50).lineTo(200, 50).stroke()
doc.end()
