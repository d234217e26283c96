import { it } from 'vitest'
import { readFileSync } from 'node:fs'
import { pdfPageTexts } from './pdf-text'
it('x', async () => {
  const t = await pdfPageTexts(readFileSync('/tmp/pledge-sample.pdf'))
  console.log(t.map((p) => p.slice(0, 1500)).join('\n=====\n'))
})
