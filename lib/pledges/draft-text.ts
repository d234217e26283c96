// Pure: the draft form's plain-text fields ↔ the document's structured content. No HTML, no
// markdown beyond three line prefixes a clerk can type:
//   "# Mục tiêu"          a heading
//   "- một ý" / "1. một ý" a bulleted / numbered list item (consecutive lines form one list)
//   other lines            paragraphs, separated by a blank line
import { parseBlock } from '@/lib/reports/tsv'
import type { Block, Targets } from './document/types'

const heading = /^#\s+(.*)$/
const bullet = /^[-•*]\s+(.*)$/
const numbered = /^\d+[.)]\s+(.*)$/

export function parseCommitments(text: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join('\n') })
    paragraph = []
  }
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim()
    const h = heading.exec(line)
    const item = bullet.exec(line) ?? numbered.exec(line)
    if (!line) flush()
    else if (h) {
      flush()
      blocks.push({ type: 'heading', text: h[1] })
    } else if (item) {
      flush()
      const ordered = numbered.test(line)
      const last = blocks.at(-1)
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(item[1])
      else blocks.push({ type: 'list', ordered, items: [item[1]] })
    } else paragraph.push(line)
  }
  flush()
  return blocks
}

export function commitmentsToText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'heading') return `# ${b.text}`
      if (b.type === 'paragraph') return b.text
      return b.items.map((item, i) => (b.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join('\n')
    })
    .join('\n\n')
}

// The targets table as pasted from Excel: tab-separated, first row = "Đơn vị" then the indicator
// columns, one row per unit. Empty text = no table.
export function parseTargets(text: string): Targets | null {
  const cells = parseBlock(text)
    .filter((row) => row.join('').trim() !== '')
    .map((row) => row.map((c) => c.trim()))
  if (cells.length === 0) return null
  const [header, ...rows] = cells
  const columns = header.slice(1)
  return { columns, rows: rows.map((r) => ({ unitName: r[0] ?? '', values: columns.map((_, i) => r[i + 1] ?? '') })) }
}

export function targetsToText(targets: Targets | null, unitHeader: string): string {
  if (!targets) return ''
  return [[unitHeader, ...targets.columns], ...targets.rows.map((r) => [r.unitName, ...r.values])].map((r) => r.join('\t')).join('\n')
}
