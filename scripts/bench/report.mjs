// Medians over runs, budgets, and the table printed at the end of `npm run bench`.

export const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Median of each numeric field; other fields from the first item. */
function medianOf(items, fields) {
  const out = { ...items[0] }
  for (const field of fields) out[field] = median(items.map((item) => item[field]))
  return out
}

const STEP_FIELDS = [
  'latencyMs',
  'longestTaskMs',
  'blockingMs',
  'longTasks',
  'longestTaskWallMs',
  'longestTaskCpuMs',
  'blockingCpuMs',
  'mainThreadCpuMs',
]
const FRAME_FIELDS = [
  'mainThreadCpuMsPerS',
  'presentedFps',
  'compositorDropped',
  'compositorIdle',
  'frames',
  'meanFps',
  'p95FrameMs',
  'maxFrameMs',
  'droppedFrames',
  'distinctPositions',
]

const ABUSE_FIELDS = [
  'elements',
  'longestTaskWallMs',
  'longestTaskCpuMs',
  'blockingCpuMs',
  'mainThreadCpuMs',
]

/** The p-th percentile (nearest rank) of `values`. */
export const percentile = (values, p) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((sorted.length * p) / 100) - 1))]
}

/** Folds the runs into one result of medians; the steps line up because the flows are deterministic. */
export function aggregate(runs) {
  const first = runs[0]
  const firstLoad = first.firstLoad?.map((route, i) => {
    const same = runs.map((run) => run.firstLoad[i])
    const files = new Set(same.map((r) => r.chunks.map((c) => c.file).join(' ')))
    return {
      ...medianOf(same, ['headingAtMs', 'transfer', 'gzip', 'raw']),
      chunksDifferBetweenRuns: files.size > 1,
    }
  })
  const walks = first.walks?.map((walk, w) => {
    const same = runs.map((run) => run.walks[w])
    return {
      path: walk.path,
      startup: medianOf(
        same.map((s) => s.startup),
        STEP_FIELDS,
      ),
      steps: walk.steps.map((step, i) => ({
        ...medianOf(same.map((s) => s.steps[i]).filter(Boolean), STEP_FIELDS),
        worstLongestTaskMs: Math.max(...same.map((s) => s.steps[i]?.longestTaskMs ?? 0)),
        worstLongestTaskCpuMs: Math.max(...same.map((s) => s.steps[i]?.longestTaskCpuMs ?? 0)),
      })),
    }
  })
  const frames =
    first.frames !== undefined && runs.every((run) => run.frames)
      ? medianOf(
          runs.map((run) => run.frames),
          FRAME_FIELDS,
        )
      : first.frames === undefined
        ? undefined
        : null
  return {
    firstLoad,
    walks,
    frames,
    idleFrames: first.idleFrames
      ? medianOf(
          runs.map((run) => run.idleFrames),
          FRAME_FIELDS,
        )
      : undefined,
    abuse: first.abuse?.map((abuse, i) =>
      medianOf(
        runs.map((run) => run.abuse[i]),
        ABUSE_FIELDS,
      ),
    ),
  }
}

/** Every step change of every walk, each with its flow's path. */
const allSteps = (result) =>
  (result.walks ?? []).flatMap((walk) => walk.steps.map((step) => ({ ...step, path: walk.path })))

/** p95 of the settle time, over every flow: replayed steps (back and replay), and new ones. */
export function stepLatencies(result) {
  const steps = allSteps(result)
  const replayed = steps.filter((step) => step.phase !== 'forward')
  const fresh = steps.filter((step) => step.phase === 'forward')
  const worst = (list) => list.reduce((a, b) => (b.latencyMs > a.latencyMs ? b : a), list[0])
  return {
    replayedP95: percentile(
      replayed.map((step) => step.latencyMs),
      95,
    ),
    replayedWorst: worst(replayed),
    replayedCount: replayed.length,
    newP95: percentile(
      fresh.map((step) => step.latencyMs),
      95,
    ),
    newWorst: worst(fresh),
    newCount: fresh.length,
  }
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const ms = (value) => (value === null ? '-' : `${Math.round(value)} ms`)

const flowName = (path) => path.replace('/flows/', '')

/** Pass or fail of each budget, on the medians; a part not measured has no budgets. */
export function budgets(result, limits) {
  const list = []
  const firstLoadLimit = (path) =>
    path === '/'
      ? ['Home', limits.homeGzip]
      : path === '/inspect'
        ? ['Inspector', limits.inspectorGzip]
        : [`Flow ${flowName(path)}`, limits.flowGzip]
  for (const route of result.firstLoad ?? []) {
    const [name, limit] = firstLoadLimit(route.path)
    list.push({
      name: `${name} first-load JS before the heading (gzip)`,
      limit: `≤ ${kB(limit)}`,
      value: kB(route.gzip),
      pass: route.gzip <= limit,
    })
  }
  if (result.walks) {
    const changes = allSteps(result)
    const taskBudget = (name, field) => {
      const step = changes.reduce((a, b) => (b[field] > a[field] ? b : a), changes[0])
      return {
        name,
        limit: `≤ ${limits.longTaskMs} ms`,
        value: step
          ? `${Math.round(step[field])} ms (${flowName(step.path)}, ${step.phase} to step ${step.step})`
          : 'no steps',
        pass: changes.length > 0 && changes.every((s) => s[field] <= limits.longTaskMs),
      }
    }
    list.push(
      taskBudget(
        'Longest task on a step change, every flow, wall clock (longtask API)',
        'longestTaskMs',
      ),
      taskBudget(
        'Longest task on a step change, every flow, main-thread CPU time',
        'longestTaskCpuMs',
      ),
    )
    const latency = stepLatencies(result)
    const where = (step) =>
      step
        ? ` (worst ${ms1(step.latencyMs)}: ${flowName(step.path)}, ${step.phase} to ${step.step})`
        : ''
    list.push(
      {
        name: `Replayed step change (back, forward in the recording), p95 of ${latency.replayedCount}`,
        limit: `≤ ${ms1(limits.replayedStepMs)}`,
        value: `${ms1(latency.replayedP95)}${where(latency.replayedWorst)}`,
        pass: latency.replayedP95 !== null && latency.replayedP95 <= limits.replayedStepMs,
      },
      {
        name: `Step run for the first time (its requests), p95 of ${latency.newCount}`,
        limit: `≤ ${ms1(limits.newStepMs)}`,
        value: `${ms1(latency.newP95)}${where(latency.newWorst)}`,
        pass: latency.newP95 !== null && latency.newP95 <= limits.newStepMs,
      },
    )
  }
  for (const abuse of result.abuse ?? [])
    list.push({
      name: `Inspector: ${abuse.name}, main-thread CPU until settled`,
      limit: `< ${limits.abuseCpuMs} ms`,
      value: ms(abuse.mainThreadCpuMs),
      pass: abuse.mainThreadCpuMs < limits.abuseCpuMs,
    })
  if (result.soak)
    list.push({
      name: `Soak: JS objects kept per run after GC, ${result.soak.runs} runs of ${flowName(result.soak.path)}`,
      limit: `≤ ${bytes(limits.soakBytesPerRun)}`,
      value: bytes(result.soak.bytesPerRun),
      pass: result.soak.bytesPerRun <= limits.soakBytesPerRun,
    })
  for (const route of result.lighthouse ?? []) list.push(...lighthouseBudgets(route, limits))
  if (result.frames) {
    list.push({
      name: 'Diagram animation, rAF mean fps (headless, software)',
      limit: `≥ ${limits.minFps} fps`,
      value: `${result.frames.meanFps.toFixed(1)} fps`,
      pass: result.frames.meanFps >= limits.minFps,
    })
  } else if (result.frames === null)
    list.push({
      name: 'Diagram animation',
      limit: 'an animated message',
      value: 'none found',
      pass: false,
    })
  return list
}

const ms1 = (value) => (value === null ? '-' : `${value.toFixed(1)} ms`)
const bytes = (value) => `${Math.round(value)} bytes`

const LIGHTHOUSE_SCORES = ['performance', 'accessibility', 'best-practices', 'seo']

/** Issue 12's Lighthouse budgets for one route: each score at least, each metric at most. */
function lighthouseBudgets(route, limits) {
  const lh = limits.lighthouse
  const scores = LIGHTHOUSE_SCORES.map((id) => ({
    name: `Lighthouse ${route.path}: ${id}`,
    limit: `≥ ${lh[id]}`,
    value: String(route[id]),
    pass: route[id] >= lh[id],
  }))
  const metric = (name, field, limit, format) => ({
    name: `Lighthouse ${route.path}: ${name}`,
    limit: `≤ ${format(limit)}`,
    value: format(route[field]),
    pass: route[field] !== null && route[field] <= limit,
  })
  return [
    ...scores,
    metric('LCP', 'lcpMs', lh.lcpMs, seconds),
    metric('TBT', 'tbtMs', lh.tbtMs, ms),
    metric('CLS', 'cls', lh.cls, (value) => (value === null ? '-' : value.toFixed(3))),
  ]
}

const seconds = (value) => (value === null ? '-' : `${(value / 1000).toFixed(2)} s`)

function table(headers, rows) {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => String(row[i]).length)),
  )
  const line = (cells) =>
    cells
      .map((cell, i) =>
        /^[\d<≤≥-]/.test(String(cell)) && i > 0
          ? String(cell).padStart(widths[i])
          : String(cell).padEnd(widths[i]),
      )
      .join('  ')
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const clip = (text, length) =>
  text && text.length > length ? `${text.slice(0, length - 1)}…` : (text ?? '')

/** The human-readable report. */
export function formatReport(result, checks, runCount, machine) {
  const out = []
  out.push(
    `\nMachine: ${machine.cpus} cores, load average ${machine.loadBefore.toFixed(1)} before and ${machine.loadAfter.toFixed(1)} after the runs; ${machine.chromium}`,
  )
  if (Math.max(machine.loadBefore, machine.loadAfter) > machine.cpus) {
    out.push(
      'The machine was busy with other work: wall-clock times (heading, settle, long tasks, fps) are inflated; CPU times are not.',
    )
  }
  if (result.firstLoad) {
    out.push(
      `\nFirst-load JavaScript, fetched before the main heading was painted (median of ${runCount}; kB = 1000 bytes)`,
    )
    out.push(
      'transferred: compressed body bytes as vite preview sent them (Resource Timing); gzip and raw: the same files in the build.',
    )
    out.push(
      table(
        [
          'route',
          'heading at',
          'transferred',
          'gzip',
          'raw',
          'chunks before heading',
          'loaded after',
        ],
        result.firstLoad.map((route) => [
          route.path,
          ms(route.headingAtMs),
          kB(route.transfer),
          kB(route.gzip),
          kB(route.raw),
          route.chunks.map((c) => `${c.file} (${kB(c.gzip)})`).join(', '),
          `${route.laterChunks.length} chunks, ${kB(route.laterChunks.reduce((sum, c) => sum + c.gzip, 0))}`,
        ]),
      ),
    )
  }
  if (result.walks) {
    out.push(
      `\nStep changes in the flow player, every flow (median of ${runCount}): Next to the end (new: each step's requests run), Previous to step 1 and Next again (replayed)`,
    )
    out.push(
      'settled: from the click until the step is on screen (timed in the page on the DOM change, no polling); wall = longtask API (> 50 ms only); CPU = the main thread from a trace.',
    )
    out.push(
      table(
        [
          'flow',
          'steps',
          'start-up',
          'new p95',
          'new max',
          'replayed p95',
          'replayed max',
          'longest (wall)',
          'longest (CPU)',
        ],
        result.walks.map((walk) => {
          const fresh = walk.steps.filter((step) => step.phase === 'forward')
          const replayed = walk.steps.filter((step) => step.phase !== 'forward')
          const max = (list, field) => Math.max(0, ...list.map((step) => step[field]))
          return [
            flowName(walk.path),
            fresh.length + 1,
            ms(walk.startup.latencyMs),
            ms1(
              percentile(
                fresh.map((step) => step.latencyMs),
                95,
              ),
            ),
            ms1(max(fresh, 'latencyMs')),
            ms1(
              percentile(
                replayed.map((step) => step.latencyMs),
                95,
              ),
            ),
            ms1(max(replayed, 'latencyMs')),
            ms(max(walk.steps, 'longestTaskMs')),
            ms(max(walk.steps, 'longestTaskCpuMs')),
          ]
        }),
      ),
    )
    const slow = allSteps(result).filter(
      (step) => step.longestTaskMs > 50 || step.longestTaskCpuMs > 50,
    )
    if (slow.length)
      out.push(
        `Steps with a long task: ${slow.map((step) => `${flowName(step.path)} ${step.phase} to ${step.step} (${ms(step.longestTaskMs)} wall, ${ms(step.longestTaskCpuMs)} CPU)`).join('; ')}`,
      )
    out.push(
      'start-up = navigation to step 1 settled (the lab makes its signing keys here): reported, not budgeted.',
    )
  }
  if (result.idleFrames) {
    out.push(`\nFrame rate, ${result.frameMs / 1000} s each way (median of ${runCount})`)
    out.push(
      'compositor: frames the page presented in a quiet window (a trace, no script running), dropped, and idle (nothing changed);',
    )
    out.push(
      'rAF: requestAnimationFrame deltas (each forces a main-thread frame), with 60 Hz slots missed; CPU: the main thread, quiet window.',
    )
    const frameRow = (name, f) => [
      name,
      f.presentedFps.toFixed(1),
      f.compositorDropped,
      f.compositorIdle,
      f.meanFps.toFixed(1),
      `${f.p95FrameMs.toFixed(1)} ms`,
      `${f.maxFrameMs.toFixed(1)} ms`,
      f.droppedFrames,
      ms(f.mainThreadCpuMsPerS),
      f.animatedBy,
    ]
    const frameRows = [frameRow('idle catalogue', result.idleFrames)]
    if (result.frames)
      frameRows.push(frameRow(`diagram: ${clip(result.frames.step, 36)}`, result.frames))
    out.push(
      table(
        [
          'while',
          'compositor fps',
          'dropped',
          'idle',
          'rAF fps',
          'rAF p95',
          'rAF max',
          'rAF missed',
          'main CPU per s',
          'animated by',
        ],
        frameRows,
      ),
    )
    if (result.frames?.distinctPositions !== undefined)
      out.push(
        `The packet was seen at ${result.frames.distinctPositions} distinct positions during the sample.`,
      )
    out.push(
      'Headless Chromium with --disable-gpu rasterises in software on this machine: real browsers with a GPU do better.',
    )
  }
  if (result.abuse) {
    out.push(
      `\nThe token inspector under abuse (median of ${runCount}; from the paste or hash change until settled, plus ${300} ms quiet)`,
    )
    out.push(
      table(
        ['case', 'characters', 'elements in main', 'CPU total', 'longest (CPU)', 'longest (wall)'],
        result.abuse.map((abuse) => [
          abuse.name,
          abuse.chars,
          abuse.elements,
          ms(abuse.mainThreadCpuMs),
          ms(abuse.longestTaskCpuMs),
          ms(abuse.longestTaskWallMs),
        ]),
      ),
    )
  }
  if (result.soak) {
    const soak = result.soak
    out.push(
      `\nSoak: ${soak.runs} runs of ${flowName(soak.path)} in one page (walk to the end, R to restart), after ${soak.warmUpRuns} warm-up runs, in ${soak.seconds.toFixed(0)} s`,
    )
    out.push(
      `JS objects after forced GC (heap snapshot, V8's compiled code and native objects left out): ${(soak.jsObjectsBefore / 1e6).toFixed(2)} MB before, ${(soak.jsObjectsAfter / 1e6).toFixed(2)} MB after: ${bytes(soak.bytesPerRun)} per run`,
    )
    out.push(
      `  per run by node type: ${Object.entries(soak.bytesPerRunByType)
        .filter(([, value]) => Math.abs(value) >= 1)
        .map(([type, value]) => `${type} ${bytes(value)}`)
        .join(', ')}`,
    )
    out.push(
      `JS heap used after forced GC (Runtime.getHeapUsage, compiled code included): ${soak.samples.map((sample) => `${(sample.heap / 1e6).toFixed(2)} MB at run ${sample.run}`).join(', ')}; ${bytes(soak.usedBytesPerRun)} per run, slope ${bytes(soak.usedSlopeBytesPerRun)}`,
    )
  }
  if (result.lighthouse) {
    out.push(
      `\nLighthouse ${result.lighthouse[0]?.lighthouseVersion ?? ''}, mobile emulation (simulated slow 4G, 4x CPU slowdown), median of ${result.lighthouse[0]?.runs.length ?? 0} per route`,
    )
    out.push(
      table(
        ['route', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
        result.lighthouse.map((route) => [
          route.path,
          route.performance,
          route.accessibility,
          route['best-practices'],
          route.seo,
          seconds(route.fcpMs),
          seconds(route.lcpMs),
          ms(route.tbtMs),
          route.cls === null ? '-' : route.cls.toFixed(3),
        ]),
      ),
    )
    for (const route of result.lighthouse)
      if (route.failing.length)
        out.push(`${route.path} loses points on: ${route.failing.join('; ')}`)
  } else out.push('\nLighthouse: skipped (--no-lighthouse).')
  out.push('\nBudgets')
  out.push(
    table(
      ['budget', 'limit', 'measured', 'result'],
      checks.map((c) => [c.name, c.limit, c.value, c.pass ? 'PASS' : 'FAIL']),
    ),
  )
  return out.join('\n')
}
