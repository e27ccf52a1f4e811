/**
 * Whether a value is a Uint8Array — also one made in another JavaScript realm (an iframe, Node's `vm`,
 * the jsdom environment of a test runner), where `instanceof Uint8Array` is false. @noble/hashes checks
 * bytes the same way.
 */
export function isBytes(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array ||
    (ArrayBuffer.isView(value) &&
      (value as { constructor: { name: string } }).constructor.name === 'Uint8Array')
  )
}
