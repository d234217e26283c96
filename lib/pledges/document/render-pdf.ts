import 'server-only'
import PDFDocument from 'pdfkit'
import { fingerprint as computeFingerprint, normalizeContent } from './canonical'
import { normaliseCode } from './code-format'
import { loadFonts } from './fonts'
import { vietnamMidnight } from './format-vi'
import type { RenderPledgeInput } from './types'
import { drawBlocks, drawParagraph } from './pdf/body'
import { decoratePages } from './pdf/decorations'
import { drawHeading, drawTitle } from './pdf/heading'
import { A4, FONT, MARGIN } from './pdf/page'
import { drawSignaturePage } from './pdf/signature-page'
import { drawRecipients, drawSignatureBlocks, recipientsHeight, unitKey, type SignedBlock } from './pdf/signatures'
import { drawTargetsTable } from './pdf/targets-table'

// Verification re-renders a version and compares bytes with an uploaded file, so the output must be a
// pure function of the input: dates come from the content and signatures (never the clock), the file
// ID pdfkit writes is an MD5 of the info dictionary (so of the input), font subset tags come from
// font order, and compression is fflate (pure JS, not the platform's zlib). Upgrading pdfkit or the
// font package may change bytes: store each version's PDF hash at publication if old files must keep
// matching across upgrades.

export const METADATA_CODE_PREFIX = 'cum-thi-dua-verification-code:'

function creationDates(input: RenderPledgeInput): { created: Date; modified: Date } {
  const created = vietnamMidnight(input.content.signingDate)
  const latest = Math.max(created.getTime(), ...input.signatures.map((s) => s.signedAt.getTime()))
  return { created, modified: new Date(latest) }
}

function checkInput(input: RenderPledgeInput): void {
  // A PDF that prints a hash or code not belonging to its text would be false evidence: refuse it.
  if (computeFingerprint(input.content) !== input.fingerprint) throw new Error('fingerprint does not match content')
  if (normaliseCode(input.code) !== input.code) throw new Error('code is not a canonical verification code')
  if (!Number.isInteger(input.versionNumber) || input.versionNumber < 1) throw new Error('versionNumber must be ≥ 1')
  // Every signature must land in a block: one the document did not show would be hidden evidence.
  const units = new Set(input.content.signatories.map((s) => unitKey(s.unitName)))
  const signedUnits = new Set<string>()
  for (const s of input.signatures) {
    if (Number.isNaN(s.signedAt.getTime())) throw new Error('signature has an invalid signedAt')
    const key = unitKey(s.unitName)
    if (!units.has(key)) throw new Error(`signature for a unit that is not a signatory: ${s.unitName}`)
    if (signedUnits.has(key)) throw new Error(`two signatures for one unit: ${s.unitName}`)
    signedUnits.add(key)
  }
}

export async function renderPledgePdf(input: RenderPledgeInput): Promise<Uint8Array> {
  checkInput(input)
  const content = normalizeContent(input.content)
  const fonts = loadFonts()
  const { created, modified } = creationDates(input)
  const { code, fingerprint, versionNumber } = input

  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margins: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    // A font object, not a name: the default Helvetica would be read from pdfkit's own data files.
    font: fonts.regular as unknown as string,
    info: {
      Title: `Giao ước thi đua năm ${content.year} - ${content.clusterName}`,
      Author: content.issuer.replace(/\n/g, ' - '),
      Subject: `Mã xác minh ${code}; SHA-256 nội dung ${fingerprint}; phiên bản ${versionNumber}`,
      // ASCII only, so it is stored as a plain string that verify-pdf.ts can find in the raw bytes.
      Keywords: `${METADATA_CODE_PREFIX}${code} cum-thi-dua-fingerprint:${fingerprint} cum-thi-dua-version:${versionNumber}`,
      Creator: 'Cụm thi đua',
      Producer: 'Cụm thi đua (PDFKit)',
      CreationDate: created,
      ModDate: modified,
    },
  })
  // pdfkit 0.20 accepts a parsed fontkit font (anything with layout()); its typings only know files.
  for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
    doc.registerFont(FONT[style], fonts[style] as unknown as Buffer)
  }

  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })

  drawHeading(doc, content)
  drawTitle(doc, content)
  if (content.preamble) drawParagraph(doc, content.preamble)
  drawBlocks(doc, content.commitments)
  if (content.targets) drawTargetsTable(doc, content.targets, `CHỈ TIÊU GIAO ƯỚC NĂM ${content.year}`)

  const byUnit = new Map(input.signatures.map((s) => [unitKey(s.unitName), s]))
  const blocks: SignedBlock[] = content.signatories.map((s) => ({ ...s, signature: byUnit.get(unitKey(s.unitName)) }))
  drawSignatureBlocks(doc, 'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC', blocks, recipientsHeight(doc, content.recipients))
  drawRecipients(doc, content.recipients)

  drawSignaturePage(doc, {
    title: content.title,
    blocks,
    fingerprint,
    code,
    versionNumber,
    status: input.status,
    verifyUrl: input.verifyUrl,
  })
  decoratePages(doc, code, input.status === 'draft')
  doc.end()
  return done
}
