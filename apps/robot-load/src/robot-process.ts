/**
 * A robot process of the load run, spawned by the orchestrator (run-load.ts) with its configuration in
 * its environment (robot-config.ts). It says `ready` once its store (and browser) are open, waits for
 * `go <deadline>` on stdin, then loops until the deadline: log in (password, claim a code with
 * `minRemainingMs: 5000`, wait the claim's `waitMs`, submit the code), record the outcome, stay in the
 * session for `sessionMs`. A claim
 * whose window opens at or after the deadline is released unsubmitted and the robot stops: the counter
 * is spent, and every later claim would be later still. Records go to stdout as JSON lines (records.ts).
 *
 * In 'claim-rate' mode it claims as fast as it can for a few seconds per phase, on the signal
 * `go <phase>`, and reports the count.
 */
import { emitRecord, errorName, stdinSignal as signal } from './child-stdio.js'
import { chromium, type Browser } from 'playwright-core'
import type { RobotRecord } from './records.js'
import { resolveChromium } from './repo-tools.js'
import {
  readRobotEnvironment,
  type ClaimRateRobotConfig,
  type LoginRobotConfig,
  type RobotSecrets,
} from './robot-config.js'
import { chromiumLogin } from './robot/chromium-login.js'
import { openClaimingStore, type ClaimingStore } from './robot/claiming-store.js'
import { httpLogin, type HttpLoginOutcome } from './robot/http-login.js'

const MIN_REMAINING_MS = 5000

const emit = (record: RobotRecord) => emitRecord(record)
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

async function runLogins(config: LoginRobotConfig, secrets: RobotSecrets): Promise<void> {
  const { store, close } = await openClaimingStore(config.claims, config, secrets, config.robot)
  let browser: Browser | undefined
  try {
    if (config.login === 'chromium') {
      const found = await resolveChromium('the load run’s Chromium robots')
      browser = await chromium.launch({
        executablePath: found.executablePath,
        args: found.args,
        env: found.env,
        headless: true,
      })
    }
    emit({ type: 'ready', robot: config.robot, at: Date.now() })
    const deadline = Number(await signal('go'))
    await sleep(config.startDelayMs)
    while (Date.now() < deadline) {
      const startedAt = Date.now()
      const claim = claimer(store, config, deadline)
      const common = {
        system: config.system,
        login: config.courtLogin,
        password: secrets.courtPassword,
        sleep,
        onSubmitted: (counter: number) =>
          emit({
            type: 'submitted',
            robot: config.robot,
            systemId: config.system.id,
            counter,
            at: Date.now(),
          }),
      }
      let outcome: HttpLoginOutcome & { alreadyUsed?: boolean }
      try {
        outcome =
          browser === undefined
            ? await httpLogin({ ...common, claim })
            : await chromiumLogin({ ...common, browser, claim })
      } catch (error) {
        outcome = { result: 'error', detail: errorName(error) }
      }
      if (outcome.result === 'released') break
      emit({
        type: 'login',
        robot: config.robot,
        systemId: config.system.id,
        result: outcome.result,
        ...(outcome.counter === undefined ? {} : { counter: outcome.counter }),
        ...(outcome.waitMs === undefined ? {} : { waitMs: outcome.waitMs }),
        alreadyUsed: outcome.alreadyUsed === true || outcome.result === 'already-used',
        startedAt,
        finishedAt: Date.now(),
        ...(outcome.detail === undefined ? {} : { detail: outcome.detail }),
      })
      // In its session; and a failing store or court must not turn the loop into a busy one.
      // Not past the deadline: the loop ends there anyway.
      await sleep(
        Math.min(
          outcome.result === 'logged-in' ? config.sessionMs : 1000,
          Math.max(0, deadline - Date.now()),
        ),
      )
    }
  } finally {
    await browser?.close().catch(() => undefined)
    await close()
  }
}

/** Claims one code and records it; undefined (recorded as released) when its window opens after `deadline`. */
function claimer(store: ClaimingStore, config: LoginRobotConfig, deadline: number) {
  return async () => {
    const started = performance.now()
    const claimed = await store.claimCode(config.credentialId, { minRemainingMs: MIN_REMAINING_MS })
    const claimMs = Math.round((performance.now() - started) * 10) / 10
    const record = { robot: config.robot, counter: claimed.counter, at: Date.now() }
    emit({ type: 'claim', ...record, waitMs: claimed.waitMs, claimMs })
    if (claimed.counter * config.periodMs >= deadline) {
      emit({ type: 'released', ...record })
      return undefined
    }
    return claimed
  }
}

async function runClaimRate(config: ClaimRateRobotConfig, secrets: RobotSecrets): Promise<void> {
  const paths = [...new Set(config.phases.map((phase) => phase.claims))]
  const stores = new Map(
    await Promise.all(
      paths.map(
        async (path) => [path, await openClaimingStore(path, config, secrets, config.robot)] as const,
      ),
    ),
  )
  try {
    emit({ type: 'ready', robot: config.robot, at: Date.now() })
    for (const phase of config.phases) {
      const name = await signal('go')
      if (name !== phase.name) throw new Error(`expected phase ${phase.name}, got ${name}`)
      const store = stores.get(phase.claims)?.store as ClaimingStore
      let claims = 0
      let failures = 0
      const started = performance.now()
      const until = started + config.secondsPerPhase * 1000
      while (performance.now() < until) {
        try {
          await store.claimCode(phase.credentialId, { minRemainingMs: MIN_REMAINING_MS })
          claims += 1
        } catch {
          failures += 1
        }
      }
      const elapsedMs = Math.round(performance.now() - started)
      emit({ type: 'rate', robot: config.robot, phase: phase.name, claims, failures, elapsedMs })
    }
  } finally {
    await Promise.all([...stores.values()].map((opened) => opened.close()))
  }
}

const { config, secrets } = readRobotEnvironment(process.env)
try {
  await (config.mode === 'login' ? runLogins(config, secrets) : runClaimRate(config, secrets))
  await emit({ type: 'done', robot: config.robot, at: Date.now() })
  process.exit(0)
} catch (error) {
  // The Chromium and PostgreSQL set-up errors say what to install, and hold no secret: kept whole.
  const detail =
    error instanceof Error && /Chromium|PostgreSQL/.test(error.message) ? error.message : errorName(error)
  await emit({ type: 'failed', robot: config.robot, detail })
  process.exit(1)
}
