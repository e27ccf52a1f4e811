/**
 * The key entry machine without React: the states of the court key field, the key handed once to
 * `onSecretChange` and never in a snapshot, Google exports picked by account, and QR reads that a
 * cancel or a newer entry makes moot.
 */
import { buildMigrationUris, parseSecret, type OtpauthRecord } from '@a2f/core'
import { describe, expect, it, vi } from 'vitest'
import type { EnteredSecret } from '../../secret-input/entered-secret.js'
import { EPROC_EXAMPLE_KEY } from '../../test-support/fixtures.js'
import { createKeyEntry } from '../key-entry-machine.js'

const KEY_BYTES = parseSecret(EPROC_EXAMPLE_KEY).bytes
const TRF4_URI = `otpauth://totp/TRF4:RS054321?secret=${EPROC_EXAMPLE_KEY.replaceAll(' ', '')}&issuer=TRF4`

function setup(options: Parameters<typeof createKeyEntry>[0] = {}) {
  const onSecretChange = vi.fn<(secret: EnteredSecret | null) => void>()
  const onEntryChange = vi.fn()
  const entry = createKeyEntry({ onSecretChange, onEntryChange, ...options })
  return { entry, onSecretChange, onEntryChange }
}

const record = (issuer: string, fill: number): OtpauthRecord => ({
  type: 'totp',
  secret: new Uint8Array(20).fill(fill),
  account: 'RS054321',
  issuer,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
})

describe('createKeyEntry', () => {
  it('goes empty → incomplete while typing → valid, and hands the key over once', () => {
    const { entry, onSecretChange } = setup()
    expect(entry.getSnapshot().status).toBe('empty')
    entry.input('MMZD IMRU GZRG')
    expect(entry.getSnapshot().status).toBe('incomplete')
    entry.input(EPROC_EXAMPLE_KEY.toLowerCase())
    const snapshot = entry.getSnapshot()
    expect(snapshot.status).toBe('valid')
    expect(snapshot.key).toEqual({ bits: 160, source: 'typed', warnings: [] })
    expect(onSecretChange).toHaveBeenLastCalledWith(expect.objectContaining({ source: 'typed' }))
    expect(Array.from(onSecretChange.mock.lastCall![0]!.bytes)).toEqual(Array.from(KEY_BYTES))
    // The snapshot is plain data about the key, never the key.
    expect(JSON.stringify(snapshot)).not.toMatch(/MMZD|mmzd/)
  })

  it('judges an incomplete key on blur, and a bad character at once', () => {
    const { entry, onSecretChange } = setup()
    entry.input('MMZD IMRU GZRG')
    entry.blur('MMZD IMRU GZRG')
    expect(entry.getSnapshot().status).toBe('invalid')
    entry.input('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZB1')
    expect(entry.getSnapshot()).toMatchObject({
      status: 'invalid',
      problem: { code: 'SECRET_INVALID_CHARACTER' },
    })
    expect(onSecretChange).not.toHaveBeenCalledWith(expect.objectContaining({ bytes: expect.anything() }))
  })

  it('reads an otpauth link with its issuer and account', () => {
    const { entry } = setup()
    entry.input(TRF4_URI)
    expect(entry.getSnapshot().key).toMatchObject({ source: 'uri', issuer: 'TRF4', account: 'RS054321' })
  })

  it('asks which account of a Google export, then hands that one over', () => {
    const { entry, onSecretChange } = setup()
    const [uri] = buildMigrationUris([record('TRF4', 1), record('TJRS', 2)])
    entry.input(uri!)
    expect(entry.getSnapshot()).toMatchObject({ status: 'choose-account', chosen: null })
    expect(entry.getSnapshot().accounts.map((account) => account.issuer)).toEqual(['TRF4', 'TJRS'])
    expect(onSecretChange).toHaveBeenLastCalledWith(null)
    entry.chooseAccount(1)
    expect(entry.getSnapshot()).toMatchObject({ status: 'valid', chosen: 1 })
    expect(Array.from(onSecretChange.mock.lastCall![0]!.bytes)).toEqual(Array(20).fill(2))
  })

  it('reads a QR image through the decoder it is given', async () => {
    const qrDecoder = vi.fn(async () => ['not a key', TRF4_URI])
    const { entry } = setup({ qrDecoder })
    const reading = entry.readImage(new Blob([new Uint8Array(8)], { type: 'image/png' }))
    expect(entry.getSnapshot()).toMatchObject({ image: 'decoding', entry: { status: 'decoding' } })
    await reading
    expect(entry.getSnapshot()).toMatchObject({ status: 'valid', image: 'read' })
    expect(entry.getSnapshot().key).toMatchObject({ source: 'qr', issuer: 'TRF4' })
  })

  it('drops a QR read that was cancelled or overtaken by typing', async () => {
    let finish: (texts: string[]) => void = () => undefined
    const qrDecoder = () => new Promise<string[]>((resolve) => (finish = resolve))
    const { entry, onSecretChange } = setup({ qrDecoder })
    const image = new Blob([new Uint8Array(8)], { type: 'image/png' })

    const cancelled = entry.readImage(image)
    entry.cancelReading()
    expect(entry.getSnapshot()).toMatchObject({ status: 'empty', image: 'idle', readingCancelled: true })
    finish([TRF4_URI])
    await cancelled
    expect(entry.getSnapshot().status).toBe('empty')

    const overtaken = entry.readImage(image)
    entry.input(EPROC_EXAMPLE_KEY)
    finish(['otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'])
    await overtaken
    expect(entry.getSnapshot().key).toMatchObject({ source: 'typed' })
    expect(onSecretChange.mock.calls.filter(([secret]) => secret?.source === 'qr')).toEqual([])
  })

  it('says why an image gave no key, and keeps the key typed before it', async () => {
    const { entry, onSecretChange, onEntryChange } = setup({ qrDecoder: async () => [] })
    entry.input(EPROC_EXAMPLE_KEY)
    onSecretChange.mockClear()
    await entry.readImage(new Blob([new Uint8Array(8)], { type: 'image/png' }))
    expect(entry.getSnapshot()).toMatchObject({
      status: 'valid',
      image: 'no-qr-code',
      imageFailure: 'no-qr-code',
    })
    // The owner hears that the field holds an unusable image (and refuses to go on), but keeps the key.
    expect(onEntryChange).toHaveBeenLastCalledWith({ status: 'image-failed', reason: 'no-qr-code' })
    expect(onSecretChange).not.toHaveBeenCalled()
    await entry.readImage(new Blob(['texto'], { type: 'text/plain' }))
    expect(entry.getSnapshot().imageFailure).toBe('not-an-image')
    // Typing again is a new entry: the image's state goes.
    entry.input(EPROC_EXAMPLE_KEY)
    expect(entry.getSnapshot()).toMatchObject({
      image: 'idle',
      imageFailure: null,
      entry: { status: 'valid' },
    })
  })
})
