import type { Quiz } from './quiz-model'

const LETTERS = ['A', 'B', 'C']

/**
 * "What happens next?" before a step runs: three answers; a click (or Next step) reveals which is
 * right and why the others are not; Next step then runs the step. For a room: show the question,
 * take a show of hands, reveal.
 */
export function QuizCard({
  quiz,
  revealed,
  chosen,
  onChoose,
}: {
  quiz: Quiz
  revealed: boolean
  chosen: number | undefined
  onChoose(index: number): void
}) {
  return (
    <section
      aria-labelledby="quiz-title"
      className="rounded-xl border-2 border-violet-700 bg-violet-50 p-[1em] text-[1em]"
    >
      <h2 id="quiz-title" tabIndex={-1} className="text-[1.3em] font-bold text-violet-950">
        What happens next?
      </h2>
      <ol className="mt-[0.6em] space-y-[0.5em]">
        {quiz.answers.map((answer, index) => {
          const mark = !revealed
            ? ''
            : answer.right
              ? 'border-emerald-700 bg-emerald-50'
              : 'border-rose-700 bg-rose-50'
          return (
            <li key={answer.text}>
              <button
                type="button"
                onClick={() => onChoose(index)}
                aria-pressed={chosen === index}
                className={`flex w-full items-start gap-[0.6em] rounded-lg border-2 bg-white p-[0.6em] text-left ${mark || 'border-slate-400'}`}
              >
                <span className="font-bold text-violet-900">{LETTERS[index]}</span>
                <span>
                  <span className="block font-semibold text-slate-900">
                    {answer.text}
                    {revealed && (answer.right ? ' ✓ right' : ' ✗ wrong')}
                  </span>
                  {revealed && answer.why && (
                    <span className="mt-[0.2em] block text-slate-800">{answer.why}</span>
                  )}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
      <p role="status" className="mt-[0.6em] text-[0.9em] text-violet-950">
        {revealed ? 'Next step runs it.' : 'Choose an answer, or press Next step to reveal.'}
      </p>
    </section>
  )
}
