/** The `?step=N` of a deep link, counted from 1, clamped to the flow's steps, with why it was clamped. */
export interface StepParam {
  /** 1-based. */
  step: number
  /** Set when the link asked for a step that does not exist; shown to the learner. */
  notice?: string
}

export function readStepParam(raw: string | null, stepCount: number): StepParam {
  if (raw === null || raw === '') return { step: 1 }
  if (!/^\d+$/.test(raw.trim())) {
    return {
      step: 1,
      notice: `The link asked for step “${raw}”, which is not a step number, so this is step 1.`,
    }
  }
  const asked = Number(raw.trim())
  if (asked < 1)
    return { step: 1, notice: `Steps count from 1, so the link’s step ${asked} shows step 1.` }
  if (asked > stepCount) {
    return {
      step: stepCount,
      notice: `This flow has ${stepCount} steps, so the link’s step ${asked} shows step ${stepCount}, the last.`,
    }
  }
  return { step: asked }
}
