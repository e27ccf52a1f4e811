/// <reference types="vite/client" />

/** Build-time settings of the demo (all optional). */
interface ImportMetaEnv {
  /** Login page of the sandbox court; default 'http://127.0.0.1:5180/eproc/'. */
  readonly VITE_SANDBOX_COURT_URL?: string
}
