/**
 * `SecretQrCode` loaded when first shown: the wizard shows a key's QR code only when the lawyer asks
 * for a second phone, and the grid only from a row's menu, so their pages do not download the QR
 * encoder (uqr) up front. While the chunk arrives, a placeholder with the same heading level keeps the
 * layout and says it is loading; once it is there, later mounts render it at once (`lazyPart`).
 *
 * @example
 * <LazySecretQrCode secret={bytes} issuer="TRF4" account="RS054321" headingLevel={4} />
 */
import { lazyPart } from '../util/lazy-part.js'
import type { SecretQrCodeProps } from './secret-qr-code.js'
import { useSecretQrMessages } from './messages.js'

const secretQrCode = /* @__PURE__ */ lazyPart(() =>
  import('./secret-qr-code.js').then((module) => module.SecretQrCode),
)

export function LazySecretQrCode(props: SecretQrCodeProps) {
  return <secretQrCode.Part {...props} fallback={<QrLoading className={props.className} />} />
}

function QrLoading({ className }: { className?: string | undefined }) {
  const m = useSecretQrMessages()
  return (
    <section
      className={['a2f-secret-qr', className].filter(Boolean).join(' ')}
      aria-busy="true"
      data-state="loading"
    >
      <p className="a2f-secret-qr-message" role="status">
        {m.revealing}
      </p>
    </section>
  )
}
