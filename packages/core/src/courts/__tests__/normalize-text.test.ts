// Text folding for court search.
import { describe, expect, it } from 'vitest'
import { compactText, foldText, tokenize } from '../normalize-text.js'

describe('normalize-text', () => {
  it.each([
    ['Paraná', 'parana'],
    ['SÃO PAULO', 'sao paulo'],
    ['Ceará', 'ceara'],
    ['Justiça', 'justica'],
    ['4ª Região', '4a regiao'],
    ['2º grau', '2o grau'],
    ['Ｔｒｆ４', 'trf4'],
    // Decomposed input (a + combining tilde) folds the same as composed.
    ['Sa\u0303o', 'sao'],
  ])('foldText(%j) → %j', (text, folded) => {
    expect(foldText(text)).toBe(folded)
  })

  it.each([
    ['trf4', ['trf', '4']],
    ['TRF 4', ['trf', '4']],
    ['trf-4', ['trf', '4']],
    ['eproc1g.tjrs.jus.br', ['eproc', '1', 'g', 'tjrs', 'jus', 'br']],
    ['  —  ', []],
    ['TJM-RS', ['tjm', 'rs']],
  ])('tokenize(%j) → %j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens)
  })

  it('compacts codes', () => {
    expect(compactText('TJM-RS')).toBe('tjmrs')
    expect(compactText('e-SAJ')).toBe('esaj')
  })
})

describe('the public export', () => {
  it('is the same folding as the registry search uses', async () => {
    const core = await import('../../index.js')
    expect(core.foldText).toBe(foldText)
    expect(core.foldText('Tribunal Regional Federal da 4ª Região')).toBe(
      'tribunal regional federal da 4a regiao',
    )
  })
})
