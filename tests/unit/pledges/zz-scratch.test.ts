import { it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { renderPledgePdf } from '@/lib/pledges/document/render-pdf'
import { renderInput } from './sample-pledge'
it('scratch', async () => {
  let t = performance.now()
  const a = await renderPledgePdf(renderInput())
  console.log('first', performance.now() - t)
  t = performance.now()
  for (let i = 0; i < 5; i++) await renderPledgePdf(renderInput())
  console.log('avg', (performance.now() - t) / 5, 'size', a.byteLength)
  writeFileSync('/tmp/pledge-sample.pdf', a)
  writeFileSync('/tmp/pledge-draft.pdf', await renderPledgePdf(renderInput(undefined, { status: 'draft', signatures: [] })))
})
