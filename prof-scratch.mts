import { renderPledgePdf } from '/work/main/lib/pledges/document/render-pdf'
import { renderInput } from '/work/main/tests/unit/pledges/sample-pledge'
const input = renderInput()
await renderPledgePdf(input)
const t = performance.now()
for (let i = 0; i < 5; i++) await renderPledgePdf(input)
console.log('avg ms', (performance.now() - t) / 5)
