import { describe, expect, it } from 'vitest'
import { commitmentsToText, parseCommitments, parseTargets, targetsToText } from '@/lib/pledges/draft-text'

describe('the commitments a clerk types', () => {
  const typed =
    '# I. MỤC TIÊU\nPhấn đấu hoàn thành vượt mức\ncác chỉ tiêu.\n\n# II. NỘI DUNG\n1. Thi đua phát triển kinh tế\n2. Xây dựng nông thôn mới\n- Trưởng cụm tổng hợp\n<script>alert(1)</script>'

  it('become headings, paragraphs and lists, with markup kept as text', () => {
    expect(parseCommitments(typed)).toEqual([
      { type: 'heading', text: 'I. MỤC TIÊU' },
      { type: 'paragraph', text: 'Phấn đấu hoàn thành vượt mức\ncác chỉ tiêu.' },
      { type: 'heading', text: 'II. NỘI DUNG' },
      { type: 'list', ordered: true, items: ['Thi đua phát triển kinh tế', 'Xây dựng nông thôn mới'] },
      { type: 'list', ordered: false, items: ['Trưởng cụm tổng hợp'] },
      { type: 'paragraph', text: '<script>alert(1)</script>' },
    ])
  })

  it('come back as the same text for editing', () => {
    const blocks = parseCommitments(typed)
    expect(parseCommitments(commitmentsToText(blocks))).toEqual(blocks)
  })
})

describe('the targets table pasted from Excel', () => {
  it('reads a header and one row per unit, filling missing cells with blanks', () => {
    const t = parseTargets('Đơn vị\tGTSX (tỷ đồng)\tSL lương thực (tấn)\r\nLộc Hà\t4.200\t19.000\nVũ Quang\t2.100\n')
    expect(t).toEqual({
      columns: ['GTSX (tỷ đồng)', 'SL lương thực (tấn)'],
      rows: [
        { unitName: 'Lộc Hà', values: ['4.200', '19.000'] },
        { unitName: 'Vũ Quang', values: ['2.100', ''] },
      ],
    })
    expect(parseTargets(targetsToText(t, 'Đơn vị'))).toEqual(t)
  })

  it('is no table when nothing is pasted', () => {
    expect(parseTargets('  \n ')).toBeNull()
  })
})
