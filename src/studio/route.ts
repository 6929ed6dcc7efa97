/** The studio's addresses: `/studio` (tour list), `/studio/<tour>` (editor), `/studio/<tour>/preview` (the draft as visitors will see it). */
export type StudioRoute = { page: 'list' } | { page: 'editor'; tour: string } | { page: 'preview'; tour: string };

export function studioRoute(pathname: string): StudioRoute {
  const rest = pathname.slice(import.meta.env.BASE_URL.length).replace(/^studio\/?/, '');
  const [tour, sub] = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (!tour) return { page: 'list' };
  return sub === 'preview' ? { page: 'preview', tour } : { page: 'editor', tour };
}

export const studioHref = (tour?: string, sub?: 'preview') =>
  `${import.meta.env.BASE_URL}studio${tour ? `/${encodeURIComponent(tour)}` : ''}${sub ? `/${sub}` : ''}${location.search}`;
