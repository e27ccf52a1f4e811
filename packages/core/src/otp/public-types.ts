/** The types of the OTP functions, re-exported by both entries (`@a2f/core` and `@a2f/core/sha1`). */
export type { Algorithm, OtpParams, TotpOptions } from './params.js'
export type { TotpWindow, TotpWindowOptions } from './totp-window.js'
export type { Secret } from './secret-bytes.js'
export type {
  CreateTotpOptions,
  HotpOptions,
  Submission,
  SubmissionOptions,
  TotpGenerator,
  TotpSubmissionOptions,
  TotpVerifyOptions,
  VerifyOptions,
  VerifyResult,
  VerifyWindow,
} from './otp-functions.js'
