#!/usr/bin/env node
// Renders public/icon.svg into the PNG and ICO files browsers and phones ask for. Run it once after
// changing the drawing and commit the results (`node scripts/render-icons.mjs`); nothing renders at
// build or run time. sharp comes with Next.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

const pub = path.resolve(import.meta.dirname, '../public')
const svg = readFileSync(path.join(pub, 'icon.svg'), 'utf8')

// Full-bleed square, the drawing shrunk by `scale` about the centre: phones cut their own shape out
// of it (a maskable icon keeps everything that matters inside the middle 80%).
function fullBleed(scale) {
  const offset = (512 * (1 - scale)) / 2
  return svg
    .replace('rx="104" ', '')
    .replace(/(<rect width="512"[^>]*\/>)([\s\S]*)(<\/svg>)/, `$1<g transform="translate(${offset} ${offset}) scale(${scale})">$2</g>$3`)
}

const png = (source, size) => sharp(Buffer.from(source), { density: 288 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer()

// An .ico is a small directory of PNG images (allowed since Windows Vista, read by every browser).
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(size % 256, entry)
    header.writeUInt8(size % 256, entry + 1)
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(data.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...images.map((i) => i.data)])
}

const outputs = {
  'icon-192.png': await png(svg, 192),
  'icon-512.png': await png(svg, 512),
  'icon-maskable-512.png': await png(fullBleed(0.8), 512),
  // iOS rounds the corners itself and shows transparency as black: a square, slightly inset.
  'apple-touch-icon.png': await png(fullBleed(0.9), 180),
  'favicon.ico': ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(svg, size) })))),
}
for (const [name, data] of Object.entries(outputs)) {
  writeFileSync(path.join(pub, name), data)
  console.log(`public/${name} ${data.length} bytes`)
}
