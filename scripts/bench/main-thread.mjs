// Main-thread tasks from a Chromium trace (category `toplevel`): each task's wall time and the
// CPU time the thread really spent on it. On a busy machine a task that needs 10 ms of CPU can
// take 200 ms of wall time while other processes run; the longtask API only sees the wall time.

export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing']
const TASK = 'ThreadControllerImpl::RunTask'

/**
 * Splits the page's main-thread tasks into windows delimited by `<prefix><i>:start` and
 * `<prefix><i>:end` marks (the page calls performance.mark). A window without a start mark begins
 * at the first task of the trace. Returns, per window index, the longest task by wall and by CPU
 * time, the CPU time over 50 ms summed (a CPU-time TBT), and the total CPU time.
 */
export function tasksByWindow(traceJson, prefix) {
  const events = JSON.parse(traceJson).traceEvents
  const marks = events.filter(
    (event) => event.cat === 'blink.user_timing' && event.name.startsWith(prefix),
  )
  if (marks.length === 0) throw new Error('The trace has none of the marks the benchmark set.')
  const { pid, tid } = marks[0]
  const tasks = topLevel(
    events.filter(
      (event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.name === TASK,
    ),
  )
  const windows = new Map()
  for (const mark of marks) {
    const [index, edge] = mark.name.slice(prefix.length).split(':')
    const window = windows.get(index) ?? {}
    window[edge] = mark.ts
    windows.set(index, window)
  }
  const result = new Map()
  for (const [index, { start, end }] of windows) {
    const inside = tasks.filter(
      (task) => (start === undefined || task.ts >= start) && (end === undefined || task.ts < end),
    )
    const cpu = (task) => (task.tdur ?? task.dur) / 1000
    result.set(Number(index), {
      longestTaskWallMs: Math.max(0, ...inside.map((task) => task.dur / 1000)),
      longestTaskCpuMs: Math.max(0, ...inside.map(cpu)),
      blockingCpuMs: inside.reduce((sum, task) => sum + Math.max(0, cpu(task) - 50), 0),
      mainThreadCpuMs: inside.reduce((sum, task) => sum + cpu(task), 0),
    })
  }
  return result
}

/** Drops tasks nested inside another (a nested run loop), so nothing is counted twice. */
function topLevel(tasks) {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts)
  const out = []
  let end = -Infinity
  for (const task of sorted) {
    if (task.ts >= end) {
      out.push(task)
      end = task.ts + task.dur
    }
  }
  return out
}

/** Adds the compositor's per-frame reports (PipelineReporter) to a trace. */
export const FRAME_CATEGORIES = [...TRACE_CATEGORIES, 'disabled-by-default-devtools.timeline.frame']

/**
 * What the page's compositor did with each frame between `<prefix>0:start` and `<prefix>0:end`:
 * presented (all or part of the update), dropped, or nothing to draw (nothing changed); and which
 * frames carried an animation run on the main thread or by the compositor itself. This sees an
 * animation the compositor runs alone, which a requestAnimationFrame loop cannot. A frame may have
 * several reports (main and compositor parts): they are joined by frame sequence number.
 */
export function compositorFrames(traceJson, prefix) {
  const events = JSON.parse(traceJson).traceEvents
  const start = events.find((event) => event.name === `${prefix}0:start`)
  const end = events.find((event) => event.name === `${prefix}0:end`)
  if (!start || !end) throw new Error('The trace has none of the marks the benchmark set.')
  const frames = new Map()
  for (const event of events) {
    if (event.name !== 'PipelineReporter' || event.ph !== 'b' || event.pid !== start.pid) continue
    if (event.ts < start.ts || event.ts > end.ts) continue
    const report = event.args?.frame_reporter ?? {}
    const key = `${report.layer_tree_host_id}:${report.frame_sequence}`
    const frame = frames.get(key) ?? { states: new Set(), main: false, compositor: false }
    frame.states.add(report.state)
    frame.main ||= Boolean(report.has_main_animation)
    frame.compositor ||= Boolean(report.has_compositor_animation)
    frames.set(key, frame)
  }
  const counts = { presented: 0, dropped: 0, idle: 0, mainAnimation: 0, compositorAnimation: 0 }
  for (const frame of frames.values()) {
    const states = [...frame.states]
    if (states.some((state) => state?.startsWith('STATE_PRESENTED'))) counts.presented++
    else if (states.includes('STATE_DROPPED')) counts.dropped++
    else counts.idle++
    if (frame.main) counts.mainAnimation++
    if (frame.compositor) counts.compositorAnimation++
  }
  return { ...counts, seconds: (end.ts - start.ts) / 1e6 }
}
