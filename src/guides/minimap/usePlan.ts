/** Fetches and validates a plan.json (resolved against the tour file); the latest request wins, results are kept per URL. */
import { PlanDescriptor } from '../../tour/plan';
import { resolveAsset } from '../../tour/assets';
import { useFetched } from '../useFetched';

export type PlanLoad = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; plan: PlanDescriptor; url: string };

const cache = new Map<string, Promise<PlanLoad>>();

function loadPlan(url: string): Promise<PlanLoad> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url)
      .then(async (response): Promise<PlanLoad> => {
        if (!response.ok) return { status: 'error', message: `${url}: the server answered ${response.status}` };
        const parsed = PlanDescriptor.safeParse(await response.json());
        return parsed.success ? { status: 'ready', plan: parsed.data, url } : { status: 'error', message: `${url} is not a plan written by sitevisit plan` };
      })
      .catch((): PlanLoad => ({ status: 'error', message: `${url} could not be loaded` }));
    cache.set(url, pending);
  }
  return pending;
}

export function usePlan(planUrl: string | null, tourUrl: string): PlanLoad | null {
  const href = planUrl === null ? null : resolveAsset(planUrl, tourUrl);
  const load = useFetched(href, loadPlan);
  return href === null ? null : (load ?? { status: 'loading' });
}
