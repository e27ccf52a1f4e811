/**
 * pt-BR messages for the key errors of @a2f/core. The core reports stable codes and details; the words
 * belong to the interface (the future @a2f/react carries these for pt-BR, en and es).
 */
import { isA2FError } from '@a2f/core'

export interface SecretProblem {
  message: string
  /** Index of the character to point at in the text as typed, when there is one. */
  index?: number
}

export function describeSecretProblem(error: unknown): SecretProblem {
  if (!isA2FError(error)) return { message: 'Não foi possível ler a chave.' }
  if (isA2FError(error, 'SECRET_INVALID_CHARACTER')) {
    const { index, character, suggestion } = error.details
    const hint = suggestion ? ` Talvez seja “${suggestion}”?` : ''
    return {
      message: `O caractere “${character}” (posição ${index + 1}) não existe em chaves: use letras A–Z e números 2–7.${hint}`,
      index,
    }
  }
  if (isA2FError(error, 'SECRET_EMPTY'))
    return { message: 'Cole a chave de autenticação mostrada pelo tribunal.' }
  if (isA2FError(error, 'SECRET_TOO_SHORT')) {
    return { message: 'A chave está incompleta: o tribunal mostra 32 caracteres, em grupos de 4.' }
  }
  if (isA2FError(error, 'SECRET_MALFORMED')) {
    switch (error.details.reason) {
      case 'MIGRATION_URI':
        return { message: 'Isto é uma exportação do Google Authenticator; cole a chave do tribunal.' }
      case 'PADDING': {
        const { index } = error.details
        return {
          message: 'Há caracteres depois do “=” final da chave.',
          ...(index === undefined ? {} : { index }),
        }
      }
      default:
        return { message: 'Falta ou sobra um caractere na chave: confira com a tela do tribunal.' }
    }
  }
  if (isA2FError(error, 'URI_INVALID')) return { message: 'O endereço otpauth:// não pôde ser lido.' }
  return { message: 'Não foi possível ler a chave.' }
}
