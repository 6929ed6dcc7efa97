/** Which addresses are visit pages (and which stay the viewer's). */
import { expect, it } from 'vitest';
import { visitRouteOf } from '../../src/visits/paths';

it('knows the visit pages by their path', () => {
  expect(visitRouteOf('/v/K7QP2M')).toEqual({ page: 'register', code: 'K7QP2M' });
  expect(visitRouteOf('/v/K7QP2M/')).toEqual({ page: 'register', code: 'K7QP2M' });
  expect(visitRouteOf('/v/K7QP2M/join')).toEqual({ page: 'join', code: 'K7QP2M' });
  expect(visitRouteOf('/v/K7QP2M/present')).toEqual({ page: 'present', code: 'K7QP2M' });
  expect(visitRouteOf('/v/K7QP2M/follow-up/')).toEqual({ page: 'follow-up', code: 'K7QP2M' });
  expect(visitRouteOf('/visits')).toEqual({ page: 'list', focus: null });
  expect(visitRouteOf('/visits/new')).toEqual({ page: 'schedule' });
  expect(visitRouteOf('/visits/3f2a')).toEqual({ page: 'list', focus: '3f2a' });
});

it('leaves every other path to the viewer', () => {
  for (const path of ['/', '/t/processum', '/live/K7QP2M', '/tours', '/v/', '/v/a/b', '/v/K7QP2M/presenter', '/visitsx', '/v/../x']) {
    expect(visitRouteOf(path)).toBeNull();
  }
});
