import { describe, expect, it } from 'vitest'
import { move, parseBlock } from '@/components/indicators/grid-keys'

describe('the entry grid’s keyboard and paste', () => {
  it('reads a block copied from Excel, with Windows line ends and the final newline', () => {
    expect(parseBlock('19.000\t17.576\r\n13.000\t12.241\r\n')).toEqual([
      ['19.000', '17.576'],
      ['13.000', '12.241'],
    ])
  })
  it('moves with arrows and Enter and stops at the edges', () => {
    expect(move(0, 0, 'Enter', 3, 2)).toEqual([1, 0])
    expect(move(2, 1, 'ArrowDown', 3, 2)).toBeNull()
    expect(move(1, 0, 'ArrowLeft', 3, 2)).toBeNull()
    expect(move(1, 0, 'ArrowRight', 3, 2)).toEqual([1, 1])
  })
})
