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

/** Folds the runs into one result of medians; the steps line up because the flow is deterministic. */
export function aggregate(runs) {
  const firstLoad = runs[0].firstLoad.map((route, i) => {
    const same = runs.map((run) => run.firstLoad[i])
    const files = new Set(same.map((r) => r.chunks.map((c) => c.file).join(' ')))
    return {
      ...medianOf(same, ['headingAtMs', 'transfer', 'gzip', 'raw']),
      chunksDifferBetweenRuns: files.size > 1,
    }
  })
  const steps = runs[0].steps.map((step, i) => ({
    ...medianOf(runs.map((run) => run.steps[i]).filter(Boolean), STEP_FIELDS),
    worstLongestTaskMs: Math.max(...runs.map((run) => run.steps[i]?.longestTaskMs ?? 0)),
    worstLongestTaskCpuMs: Math.max(...runs.map((run) => run.steps[i]?.longestTaskCpuMs ?? 0)),
  }))
  const frames = runs.every((run) => run.frames)
    ? medianOf(
        runs.map((run) => run.frames),
        FRAME_FIELDS,
      )
    : null
  return {
    firstLoad,
    startup: medianOf(
      runs.map((run) => run.startup),
      STEP_FIELDS,
    ),
    steps,
    frames,
    idleFrames: medianOf(
      runs.map((run) => run.idleFrames),
      FRAME_FIELDS,
    ),
    abuse: runs[0].abuse.map((abuse, i) =>
      medianOf(
        runs.map((run) => run.abuse[i]),
        ABUSE_FIELDS,
      ),
    ),
  }
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const ms = (value) => (value === null ? '-' : `${Math.round(value)} ms`)

/** Pass or fail of each budget, on the medians. */
export function budgets(result, limits) {
  const changes = result.steps
  const worst = (field) => changes.reduce((a, b) => (b[field] > a[field] ? b : a), changes[0])
  const taskBudget = (name, field) => {
    const step = worst(field)
    return {
      name,
      limit: `≤ ${limits.longTaskMs} ms`,
      value: step
        ? `${Math.round(step[field])} ms (${step.phase} to step ${step.step})`
        : 'no steps',
      pass: changes.length > 0 && changes.every((s) => s[field] <= limits.longTaskMs),
    }
  }
  const firstLoadLimit = (path) =>
    path === '/'
      ? ['Home', limits.homeGzip]
      : path === '/inspect'
        ? ['Inspector', limits.inspectorGzip]
        : [`Flow ${path.replace('/flows/', '')}`, limits.flowGzip]
  const list = [
    ...result.firstLoad.map((route) => {
      const [name, limit] = firstLoadLimit(route.path)
      return {
        name: `${name} first-load JS before the heading (gzip)`,
        limit: `≤ ${kB(limit)}`,
        value: kB(route.gzip),
        pass: route.gzip <= limit,
      }
    }),
    taskBudget('Longest task on a step change, wall clock (longtask API)', 'longestTaskMs'),
    taskBudget('Longest task on a step change, main-thread CPU time', 'longestTaskCpuMs'),
    ...result.abuse.map((abuse) => ({
      name: `Inspector: ${abuse.name}, main-thread CPU until settled`,
      limit: `< ${limits.abuseCpuMs} ms`,
      value: ms(abuse.mainThreadCpuMs),
      pass: abuse.mainThreadCpuMs < limits.abuseCpuMs,
    })),
  ]
  for (const route of result.lighthouse ?? []) list.push(...lighthouseBudgets(route, limits))
  if (result.frames) {
    list.push({
      name: 'Diagram animation, rAF mean fps (headless, software)',
      limit: `≥ ${limits.minFps} fps`,
      value: `${result.frames.meanFps.toFixed(1)} fps`,
      pass: result.frames.meanFps >= limits.minFps,
    })
  } else
    list.push({
      name: 'Diagram animation',
      limit: 'an animated message',
      value: 'none found',
      pass: false,
    })
  return list
}

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
        route.laterChunks.map((c) => c.file).join(', ') || '-',
      ]),
    ),
  )
  out.push(
    `\nStep changes in the flow player (median of ${runCount}; wall = longtask API, > 50 ms only; CPU = the main thread's own time from a trace)`,
  )
  const rows = [result.startup, ...result.steps].map((step) => [
    step.phase,
    step.step,
    clip(step.title, 48),
    ms(step.latencyMs),
    ms(step.longestTaskMs),
    ms(step.blockingMs),
    ms(step.longestTaskCpuMs),
    ms(step.mainThreadCpuMs),
  ])
  out.push(
    table(
      [
        'phase',
        'step',
        'title',
        'settled in',
        'longest (wall)',
        'TBT (wall)',
        'longest (CPU)',
        'CPU total',
      ],
      rows,
    ),
  )
  out.push(
    'startup = navigation to step 1 settled (the lab makes its signing keys here): reported, not budgeted. TBT sums the time over 50 ms.',
  )
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
