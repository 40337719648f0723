import { useLoaderData, type LoaderFunctionArgs, type RouteObject } from 'react-router'
import { COMPARISON_PRESETS } from '../flows/flow-guide'
import { findFlow } from '../flows/registry'
import { RouteErrorPage } from './route-error-page'
import { RouteLoading } from './route-loading'

/** The two flows named in ?a=&b= (the first preset when absent), their modules loaded. */
async function compareLoader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  const preset = COMPARISON_PRESETS[0]
  const a = params.get('a') ?? preset?.a ?? ''
  const b = params.get('b') ?? preset?.b ?? ''
  const unknown = [a, b].find((id) => !findFlow(id))
  if (unknown !== undefined)
    return { a, b, flows: null, problem: `There is no flow called “${unknown}”. Pick two flows.` }
  if (a === b) return { a, b, flows: null, problem: 'Pick two different flows to compare.' }
  const flows = await Promise.all([a, b].map((id) => findFlow(id)?.load()))
  return { a, b, flows: flows.filter((flow) => flow !== undefined), problem: undefined }
}

function CompareLoading() {
  return <RouteLoading what="the comparison" />
}

/** /compare: the comparison feature and both flow modules load lazily. */
export const compareRoute: RouteObject = {
  path: 'compare',
  loader: compareLoader,
  ErrorBoundary: RouteErrorPage,
  HydrateFallback: CompareLoading,
  lazy: async () => {
    const { ComparePage } = await import('../features/flow-comparison/compare-page')
    return {
      Component: function CompareRoutePage() {
        const data = useLoaderData<typeof compareLoader>()
        return <ComparePage {...data} />
      },
    }
  },
}
