import { createLab, type Lab } from '../../wire/lab'

let lab: Lab | undefined

/**
 * The lab the inspector verifies against and sends to: created on first use and kept for the
 * page's lifetime, so its keys (and so its tokens' signatures) stay the same while you navigate.
 */
export function getInspectorLab(): Lab {
  lab ??= createLab()
  return lab
}
