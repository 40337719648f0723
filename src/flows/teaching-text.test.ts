import { describe, expect, it } from 'vitest'
import type { StepMeta } from './kit/step-meta'
import { FLOWS, findFlow } from './registry'

/** Every registered flow carries speaker notes on every step (issue 10 §1: a talk on any flow). */
const FLOWS_WITH_NOTES = FLOWS.map((entry) => entry.summary.id)
/** Flows whose every step carries a "What happens next?" quiz (issue 10 §3). */
const FLOWS_WITH_QUIZ = ['authorization-code-pkce', 'device-authorization']

/** A spec reference: "RFC 9700 §4.12", "OAuth 2.1 §7.5.3", "Section 4.1". */
const CITES_A_SECTION = /§|Section/
/** A second sentence inside one text: a full stop (or ! or ?), a space, then a capital. */
const SECOND_SENTENCE = /[.!?]\s+[A-Z]/

async function stepsOf(id: string): Promise<[string, StepMeta][]> {
  const entry = findFlow(id)
  if (!entry) throw new Error(`No flow ${id} in the registry.`)
  return Object.entries((await entry.load()).steps)
}

describe.each(FLOWS_WITH_NOTES)('the speaker notes of %s', (id) => {
  it('give every step two to four talking points, each one cited sentence', async () => {
    for (const [stepId, meta] of await stepsOf(id)) {
      const points = meta.notes?.points ?? []
      expect(points.length, `${stepId}: two to four points`).toBeGreaterThanOrEqual(2)
      expect(points.length, `${stepId}: two to four points`).toBeLessThanOrEqual(4)
      for (const point of points) {
        expect(point, `${stepId}: a point cites its section`).toMatch(CITES_A_SECTION)
        expect(point, `${stepId}: a point is one sentence`).not.toMatch(SECOND_SENTENCE)
        expect(point, `${stepId}: a point ends its sentence`).toMatch(/\.$/)
      }
      expect(new Set(points).size, `${stepId}: no point twice`).toBe(points.length)
    }
  })

  it('give every step a question for the room', async () => {
    for (const [stepId, meta] of await stepsOf(id)) {
      expect(meta.notes?.question, `${stepId}: a question`).toMatch(/\S.*\?$/)
    }
  })
})

describe.each(FLOWS_WITH_QUIZ)('the quiz of %s', (id) => {
  it('sets two wrong answers beside every step, none of them a step of the flow', async () => {
    const steps = await stepsOf(id)
    const titles = new Set(steps.map(([, meta]) => meta.title.trim().toLowerCase()))
    for (const [stepId, meta] of steps) {
      const answers = (meta.quiz ?? []).map((wrong) => wrong.answer.trim())
      expect(answers.length, `${stepId}: two wrong answers`).toBe(2)
      expect(answers[0]?.toLowerCase(), `${stepId}: two different answers`).not.toBe(
        answers[1]?.toLowerCase(),
      )
      for (const answer of answers) {
        expect(titles.has(answer.toLowerCase()), `${stepId}: "${answer}" is a step title`).toBe(
          false,
        )
        // Phrased like a title: short, no closing full stop.
        expect(answer.length, `${stepId}: "${answer}" is title-sized`).toBeLessThanOrEqual(80)
        expect(answer, `${stepId}: "${answer}" reads like a title`).not.toMatch(/\.$/)
      }
    }
  })

  it('says in one cited sentence why each wrong answer is wrong', async () => {
    for (const [stepId, meta] of await stepsOf(id)) {
      const quiz = meta.quiz ?? []
      expect(quiz.length, `${stepId}: two wrong answers`).toBe(2)
      for (const { answer, why } of quiz) {
        expect(why, `${stepId}: why "${answer}" is wrong cites a section`).toMatch(CITES_A_SECTION)
        expect(why, `${stepId}: why "${answer}" is wrong is one sentence`).not.toMatch(
          SECOND_SENTENCE,
        )
        expect(why, `${stepId}: why "${answer}" is wrong ends its sentence`).toMatch(/\.$/)
      }
    }
  })
})
