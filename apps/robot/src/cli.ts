#!/usr/bin/env node
/**
 * The robot's command line: `node dist/cli.js import|list|login …` (see cli/help-text.ts). Exit codes:
 * cli/exit-codes.ts.
 *
 * ```sh
 * A2F_ROBOT_PASSPHRASE=… node dist/cli.js login --account RS012345
 * ```
 */
import { runCli } from './cli/run-cli.js'

process.exitCode = await runCli(process.argv.slice(2), process.env)
