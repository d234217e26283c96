import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { create, type Font } from 'fontkit'

// Tinos is metric-compatible with Times New Roman (the font Nghị định 30/2020 documents use, so lines
// break where a clerk's Word file would) and covers every Vietnamese letter with precomposed glyphs.
// The TTFs come whole from @expo-google-fonts/tinos (the @fontsource split files would drop letters).
//
// Each file is read with a literal path joined on process.cwd(), written out at the call: Next.js's
// file tracing (Turbopack and webpack) can follow exactly that into a production build, whereas a path
// picked from a table makes it trace the whole project. `next start`, `next dev` and Vitest all run
// from the project root.
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic'

const READERS: Record<FontStyle, () => Buffer> = {
  regular: () => readFileSync(path.join(process.cwd(), 'node_modules/@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf')),
  bold: () => readFileSync(path.join(process.cwd(), 'node_modules/@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf')),
  italic: () =>
    readFileSync(path.join(process.cwd(), 'node_modules/@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf')),
  boldItalic: () => readFileSync(path.join(process.cwd(), 'node_modules/@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf')),
}

// Parsed once per process and shared by every document: parsing the OpenType tables is most of the cost
// of a render (≈ 450 ms when each document parsed its own copy, ≈ 100 ms shared). pdfkit only reads a
// fontkit Font (outlines, metrics, layout) and builds each document's subset afresh, so sharing does not
// change a byte: the tests render in different orders and against a recorded hash to prove it.
let cache: Record<FontStyle, Font> | null = null

function open(style: FontStyle): Font {
  let bytes: Buffer
  try {
    bytes = READERS[style]()
  } catch (err) {
    throw new Error(`Pledge PDF font "${style}" missing under ${process.cwd()}: is @expo-google-fonts/tinos installed?`, {
      cause: err,
    })
  }
  const font = create(bytes)
  if (!('layout' in font)) throw new Error(`Pledge PDF font "${style}" is a collection, expected one font`)
  return font
}

/** The four Tinos faces as fontkit fonts, ready for pdfkit's registerFont. */
export function loadFonts(): Record<FontStyle, Font> {
  cache ??= { regular: open('regular'), bold: open('bold'), italic: open('italic'), boldItalic: open('boldItalic') }
  return cache
}
