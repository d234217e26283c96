import type { PledgeStatus } from '../types'
import { vietnamDateTime } from '../format-vi'
import { CONTENT_WIDTH, FONT, GREY, INK, MARGIN, type Doc } from './page'
import { drawTable } from './table'
import type { SignedBlock } from './signatures'

// The last page: the evidence a signed pledge carries (docs/domain.md: who signed, when, from where, and the hash of the
// exact text), with what a reader needs to check it: the code, the version and the address.

export type SignaturePageInput = {
  title: string
  blocks: SignedBlock[]
  fingerprint: string
  code: string
  versionNumber: number
  status: PledgeStatus
  verifyUrl: string
}

function statusText(status: PledgeStatus, signed: number, total: number): string {
  if (status === 'draft') return 'Bản nháp - chưa có giá trị để ký'
  if (status === 'published') return `Đã công bố, đang lấy chữ ký (${signed}/${total} đơn vị đã ký)`
  return `Có hiệu lực (${signed}/${total} đơn vị đã ký)`
}

function field(doc: Doc, label: string, value: string, valueFont: string = FONT.regular, size = 12): void {
  doc.font(FONT.bold).fontSize(12).fillColor(INK)
  doc.text(`${label}: `, MARGIN.left, doc.y, { width: CONTENT_WIDTH, continued: true, lineGap: 2 })
  doc.font(valueFont).fontSize(size).text(value, { lineGap: 2 })
  doc.y += 3
}

export function drawSignaturePage(doc: Doc, p: SignaturePageInput): void {
  doc.addPage()
  doc.font(FONT.bold).fontSize(14).fillColor(INK)
  doc.text('TRANG XÁC NHẬN CHỮ KÝ', MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'center' })
  doc.font(FONT.italic).fontSize(12)
  doc.text(`(Kèm theo Giao ước thi đua: ${p.title} - phiên bản ${p.versionNumber})`, {
    width: CONTENT_WIDTH,
    align: 'center',
  })
  doc.y += 12

  const signed = p.blocks.filter((b) => b.signature).length
  const rows = p.blocks.map((b, i) => {
    const s = b.signature
    return [
      String(i + 1),
      b.unitName,
      s ? s.personName : b.personName,
      s ? s.title : b.title,
      s ? vietnamDateTime(s.signedAt) : 'Chưa ký',
      s?.ipAddress ?? '',
    ]
  })
  // Widths (pt) sum to the line: unit and title wrap, the time never does.
  drawTable(doc, {
    fontSize: 10.5,
    columns: [
      { header: 'STT', width: 28, align: 'center' },
      { header: 'Đơn vị', width: 92, align: 'left' },
      { header: 'Người ký', width: 96, align: 'left' },
      { header: 'Chức vụ', width: 90, align: 'left' },
      { header: 'Thời điểm ký (giờ Việt Nam)', width: 72, align: 'center' },
      { header: 'Địa chỉ IP', width: CONTENT_WIDTH - 378, align: 'center' },
    ],
    rows,
  })
  doc.y += 8

  field(doc, 'Trạng thái', statusText(p.status, signed, p.blocks.length))
  field(doc, 'Phiên bản', String(p.versionNumber))
  field(doc, 'Mã xác minh', p.code, FONT.bold, 13)
  doc.font(FONT.bold).fontSize(12).text('Dấu vân tay nội dung (SHA-256):', MARGIN.left, doc.y, { width: CONTENT_WIDTH })
  doc.font(FONT.regular).fontSize(11.5).text(p.fingerprint, MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 2 })
  doc.y += 3
  field(doc, 'Kiểm tra tại', p.verifyUrl)
  doc.y += 6

  doc.font(FONT.italic).fontSize(11).fillColor(GREY)
  doc.text(
    'Dấu vân tay là mã SHA-256 của toàn bộ nội dung giao ước đã chuẩn hóa; các chữ ký trên được thực hiện ' +
      'trên đúng nội dung có dấu vân tay này. Sửa bất kỳ chữ nào trong nội dung sẽ làm thay đổi dấu vân tay ' +
      'và các chữ ký đã thu không còn giá trị. Để kiểm tra bản giấy hoặc tệp PDF này, mở địa chỉ trên rồi ' +
      'nhập mã xác minh hoặc tải tệp PDF lên: hệ thống tạo lại tệp từ dữ liệu đã lưu và so sánh từng byte.',
    MARGIN.left,
    doc.y,
    { width: CONTENT_WIDTH, align: 'justify', lineGap: 1.5 },
  )
  doc.fillColor(INK)
}
