/** `/studio…`: the tour studio, loaded as chunks of its own that visitors, attendees and embeds never request. */
export const isStudioPath = (pathname: string) => /^\/studio(\/|$)/.test(`/${pathname.slice(import.meta.env.BASE_URL.length)}`);

export function startStudio(rootElement: HTMLElement): void {
  void import('../studio/start').then((m) => m.startStudio(rootElement));
}
