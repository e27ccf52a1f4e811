/**
 * Paired timing for a noisy shared machine: every library runs once per sample, in an order that
 * rotates from sample to sample, so a slow moment of the machine lands on all of them alike. Ratios are
 * computed per sample (baseline time / library time) and summarised by their median; absolute rates are
 * medians too. Each job runs over all N keys; `repeat` makes one sample last at least `minSampleMs`.
 */
function calibrate(job, minSampleMs) {
  let sink = job() // warm-up: the JIT settles
  for (let i = 0; i < 3; i++) sink ^= job()
  let repeat = 1
  for (;;) {
    const start = performance.now()
    for (let i = 0; i < repeat; i++) sink ^= job()
    if (performance.now() - start >= minSampleMs) return { repeat, sink }
    repeat *= 2
  }
}

/** jobs: { name, run }[] → Map name → ms per run, one value per sample. */
export function measurePaired(jobs, { samples = 40, minSampleMs = 25 } = {}) {
  const repeats = jobs.map((job) => calibrate(job.run, minSampleMs).repeat)
  const times = new Map(jobs.map((job) => [job.name, []]))
  let sink = 0
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < jobs.length; k++) {
      const index = (s + k) % jobs.length
      const { name, run } = jobs[index]
      const repeat = repeats[index]
      const start = performance.now()
      for (let i = 0; i < repeat; i++) sink ^= run()
      times.get(name).push((performance.now() - start) / repeat)
    }
  }
  globalThis.__benchSink = sink
  return times
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Median over samples of baseline time / job time: how many times faster than the baseline. */
export function medianRatio(baselineTimes, jobTimes) {
  return median(jobTimes.map((ms, s) => baselineTimes[s] / ms))
}
