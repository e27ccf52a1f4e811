/**
 * What every step body of the wizard receives: the enrolment (state and actions) and a
 * prefix for element ids, so that two wizards on one page never share an id.
 */
import type { QrDecoder } from '../secret-input/qr-decoder.js'
import type { UseEnrollmentResult } from './use-enrollment.js'

export interface StepBodyProps {
  enrollment: UseEnrollmentResult
  idBase: string
  /** The key step's QR screenshot reader (the wizard's `qrDecoder` prop). */
  qrDecoder?: QrDecoder
}
