import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { create, type Font } from 'fontkit'

// Tinos is metric-compatible with Times New Roman (the font Nghị định 30/2020 documents use, so lines
// break where a clerk's Word file would) and covers every Vietnamese letter with precomposed glyphs.
// The TTFs come whole from @expo-google-fonts/tinos (the @fontsource split files would drop letters).
//
// Paths are joined from literal segments on process.cwd(): Next.js's file tracing can follow such a
// path into a production build, and `next start`, `next dev` and Vitest all run from the project root.
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic'

const FILES: Record<FontStyle, string> = {
  regular: path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'tinos', '400Regular', 'Tinos_400Regular.ttf'),
  bold: path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'tinos', '700Bold', 'Tinos_700Bold.ttf'),
  italic: path.join(
    process.cwd(),
    'node_modules',
    '@expo-google-fonts',
    'tinos',
    '400Regular_Italic',
    'Tinos_400Regular_Italic.ttf',
  ),
  boldItalic: path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'tinos', '700Bold_Italic', 'Tinos_700Bold_Italic.ttf'),
}

// Parsed once per process and shared by every document: parsing the OpenType tables is most of the cost
// of a render (≈ 450 ms when each document parsed its own copy). pdfkit only reads from a fontkit Font
// (glyph outlines, metrics, layout), and the subset of each document is built fresh, so sharing does not
// change any output byte — the determinism tests render in different orders to prove it.
let cache: Record<FontStyle, Font> | null = null

function open(style: FontStyle): Font {
  let bytes: Buffer
  try {
    bytes = readFileSync(FILES[style])
  } catch (err) {
    throw new Error(`Pledge PDF font missing (${FILES[style]}): is @expo-google-fonts/tinos installed?`, { cause: err })
  }
  const font = create(bytes)
  if (!('layout' in font)) throw new Error(`${FILES[style]} is a font collection, expected one font`)
  return font
}

/** The four Tinos faces as fontkit fonts, ready for pdfkit's registerFont. */
export function loadFonts(): Record<FontStyle, Font> {
  cache ??= { regular: open('regular'), bold: open('bold'), italic: open('italic'), boldItalic: open('boldItalic') }
  return cache
}
