/**
 * The enrolment QR code as inline SVG, drawn by `uqr`: black on white with a 4-module quiet zone, error
 * correction M, and a whole number of pixels per module (about 240 px in all) with crisp edges, so a
 * phone or a screenshot decoder reads it easily.
 *
 * @example
 *   qrCodeSvg(otpauthUri('RS012345', key)) // '<svg xmlns=… width="245" height="245" …>…</svg>'
 */
import { encode, renderSVG } from 'uqr'

const TARGET_PX = 240
const QUIET_ZONE_MODULES = 4

export function qrCodeSvg(text: string): string {
  const options = { ecc: 'M', border: QUIET_ZONE_MODULES } as const
  const modules = encode(text, options).size // includes the quiet zone
  const pixelSize = Math.max(3, Math.round(TARGET_PX / modules))
  const side = modules * pixelSize
  // uqr gives only a viewBox (the SVG would stretch to its container): fix its size and crisp edges.
  return renderSVG(text, { ...options, pixelSize, whiteColor: '#ffffff', blackColor: '#000000' }).replace(
    '<svg ',
    `<svg width="${side}" height="${side}" shape-rendering="crispEdges" aria-hidden="true" focusable="false" `,
  )
}
