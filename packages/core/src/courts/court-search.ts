/**
 * Search over court systems, accent- and case-insensitive, by word prefix: every word of the query
 * must begin a word of the system's search text — its acronym, full name, state (code and name),
 * system, degree ('1º grau'…), CNJ segment ('justiça federal'…) and login host. Results are ranked
 * by where the words matched: all in the acronym first, then acronym and name, then anywhere.
 *
 * @example
 * const index = systems.map(searchEntry)
 * searchSystems(index, 'trf 4')          // TRF4 first
 * searchSystems(index, { uf: 'PR', twoFactor: 'mandatory' })
 */
import { invalidOption } from '../errors.js'
import { BRAZILIAN_STATES } from './data/brazilian-states.js'
import { compactText, foldText, tokenize } from './normalize-text.js'
import type { CourtDegree, CourtSearchQuery, CourtSystem, CourtSystemKind } from './types.js'

/** Words people type for each system kind, so that 'e-SAJ', 'esaj' and 'saj' all find e-SAJ. */
const SYSTEM_WORDS: Record<CourtSystemKind, string> = {
  eproc: 'eproc e-proc',
  pje: 'PJe Processo Judicial Eletrônico PDPJ',
  esaj: 'e-SAJ esaj',
  projudi: 'Projudi',
  other: '',
}

const DEGREE_WORDS: Record<CourtDegree, string> = {
  '1g': '1º grau 1g primeiro grau primeira instância',
  '2g': '2º grau 2g segundo grau segunda instância',
  turma: 'turma',
  unico: 'grau único instância única',
}

/** CNJ segment (the J of J.TR, Resolution CNJ 65/2008) → the branch of justice it names. */
const SEGMENT_WORDS: Readonly<Record<number, string>> = {
  4: 'Justiça Federal',
  5: 'Justiça do Trabalho',
  6: 'Justiça Eleitoral',
  7: 'Justiça Militar da União',
  8: 'Justiça Estadual',
  9: 'Justiça Militar Estadual',
}

/**
 * Connectives ignored in queries: people do not agree on them ('justiça federal de paraná' should
 * still find 'Justiça Federal do Paraná'), and a lone 'e' would match nearly every system.
 */
const IGNORED_QUERY_WORDS = new Set(['de', 'da', 'do', 'das', 'dos', 'e'])

/** A system with its words prepared for matching. */
export interface SearchEntry {
  system: CourtSystem
  acronymWords: string[]
  nameWords: string[]
  otherWords: string[]
}

function loginHost(loginUrl: string): string {
  try {
    return new URL(loginUrl).hostname
  } catch {
    return ''
  }
}

export function searchEntry(system: CourtSystem): SearchEntry {
  const { court } = system
  const other = [
    court.uf ?? '',
    court.uf === undefined ? '' : (BRAZILIAN_STATES[court.uf.toUpperCase()] ?? ''),
    SYSTEM_WORDS[system.system],
    DEGREE_WORDS[system.degree],
    court.cnj === undefined ? '' : (SEGMENT_WORDS[court.cnj.segment] ?? ''),
    loginHost(system.loginUrl),
  ]
  return {
    system,
    acronymWords: tokenize(court.acronym),
    nameWords: tokenize(court.name),
    otherWords: tokenize(other.join(' ')),
  }
}

function prefixesAny(word: string, words: readonly string[]): boolean {
  return words.some((candidate) => candidate.startsWith(word))
}

/** 0 when every word is in the acronym, 1 in acronym and name, 2 anywhere; undefined when one is missing. */
function textTier(entry: SearchEntry, words: readonly string[]): number | undefined {
  let tier = 0
  for (const word of words) {
    if (prefixesAny(word, entry.acronymWords)) continue
    if (prefixesAny(word, entry.nameWords)) tier = Math.max(tier, 1)
    else if (prefixesAny(word, entry.otherWords)) tier = 2
    else return undefined
  }
  return tier
}

/** The query words that must match; all of them when the query is nothing but connectives. */
function queryWords(text: string): string[] {
  const words = tokenize(text)
  const meaningful = words.filter((word) => !IGNORED_QUERY_WORDS.has(word))
  return meaningful.length > 0 ? meaningful : words
}

function matchesCourt(system: CourtSystem, court: string): boolean {
  const wanted = compactText(court)
  return (
    wanted === '' || wanted === compactText(system.court.acronym) || wanted === compactText(system.court.name)
  )
}

function matchesUf(system: CourtSystem, uf: string): boolean {
  const wanted = foldText(uf.trim())
  if (wanted === '') return true
  const code = system.court.uf
  if (code === undefined) return false
  const stateName = BRAZILIAN_STATES[code.toUpperCase()]
  return wanted === foldText(code) || (stateName !== undefined && wanted === foldText(stateName))
}

function matchesSystemKind(system: CourtSystem, kind: string): boolean {
  const wanted = compactText(kind)
  return wanted === '' || wanted === system.system
}

const QUERY_FIELDS = ['text', 'court', 'uf', 'system', 'twoFactor'] as const

/** The query as an object; OPTION_INVALID for what is neither text nor an object of texts. */
function structuredQuery(query: unknown): CourtSearchQuery {
  if (query === undefined || query === null) return {}
  if (typeof query === 'string') return { text: query }
  if (typeof query !== 'object') {
    return invalidOption('query', 'a string or { text?, court?, uf?, system?, twoFactor? }', query)
  }
  for (const key of QUERY_FIELDS) {
    const value = (query as Record<string, unknown>)[key]
    if (value !== undefined && typeof value !== 'string') invalidOption(`query.${key}`, 'a string', value)
  }
  return query as CourtSearchQuery
}

/** The matching systems, best first; ties keep the order of `entries`. */
export function searchSystems(
  entries: readonly SearchEntry[],
  query: string | CourtSearchQuery,
): CourtSystem[] {
  const structured = structuredQuery(query)
  const words = queryWords(structured.text ?? '')
  const ranked: { system: CourtSystem; tier: number; position: number }[] = []
  entries.forEach((entry, position) => {
    const { system } = entry
    if (structured.court !== undefined && !matchesCourt(system, structured.court)) return
    if (structured.uf !== undefined && !matchesUf(system, structured.uf)) return
    if (structured.system !== undefined && !matchesSystemKind(system, structured.system)) return
    if (structured.twoFactor !== undefined && system.twoFactor.status !== structured.twoFactor) return
    const tier = textTier(entry, words)
    if (tier !== undefined) ranked.push({ system, tier, position })
  })
  // Array.prototype.sort is stable since ES2019; the position tie-break makes the order explicit.
  ranked.sort((a, b) => a.tier - b.tier || a.position - b.position)
  return ranked.map((item) => item.system)
}
