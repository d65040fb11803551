import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { apiKey, readsOf } from '../src/api/keys';
import { sheetKey } from '../src/scoring/api';

/** Caches one answer under each key, then says which keys a filter marks for reading again. */
function invalidated(
  keys: readonly (readonly unknown[])[],
  filter: Parameters<QueryClient['invalidateQueries']>[0],
) {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, { cached: true });
  void client.invalidateQueries(filter);
  return keys.filter((key) => client.getQueryState(key)?.isInvalidated).map((key) => JSON.stringify(key));
}

describe('apiKey', () => {
  it('is the path cut at each slash, then the query values given', () => {
    expect(apiKey('/clusters/c1/results')).toEqual(['clusters', 'c1', 'results']);
    expect(apiKey('/councils/k1/units', { q: 'Ba', page: 2, pageSize: 20 })).toEqual([
      'councils',
      'k1',
      'units',
      { q: 'Ba', page: 2, pageSize: 20 },
    ]);
  });

  it('leaves out what the request leaves out: an empty, null or undefined value is no query at all', () => {
    expect(apiKey('/periods/p1/late-tasks', { unitId: undefined })).toEqual(['periods', 'p1', 'late-tasks']);
    expect(apiKey('/x', { a: '', b: null, c: 0, d: false })).toEqual(['x', { c: 0, d: false }]);
  });

  it('a prefix reads again everything below it, and nothing beside it', () => {
    const keys = [
      apiKey('/clusters/c1'),
      apiKey('/clusters/c1/results'),
      apiKey('/clusters/c1/scoring-sheet', { pageSize: 500 }),
      apiKey('/clusters/c2/results'),
      apiKey('/periods/p1/clusters', { pageSize: 500 }),
    ];
    expect(invalidated(keys, { queryKey: apiKey('/clusters/c1') })).toEqual([
      '["clusters","c1"]',
      '["clusters","c1","results"]',
      '["clusters","c1","scoring-sheet",{"pageSize":500}]',
    ]);
  });

  it('the whole sheet’s key also reads again each unit’s own sheet of the cluster', () => {
    const keys = [sheetKey('c1'), sheetKey('c1', 'u1'), sheetKey('c2', 'u1')];
    expect(invalidated(keys, { queryKey: sheetKey('c1') })).toEqual([
      JSON.stringify(sheetKey('c1')),
      JSON.stringify(sheetKey('c1', 'u1')),
    ]);
  });
});

describe('readsOf', () => {
  it('finds a kind of thing under its own path and under any parent', () => {
    const keys = [
      apiKey('/meetings/m1'),
      apiKey('/meetings/m1/votes', { pageSize: 500 }),
      apiKey('/clusters/c1/meetings', { page: 1, pageSize: 20 }),
      apiKey('/periods/p1/meetings', { pageSize: 100 }),
      apiKey('/clusters/c1/results'),
      apiKey('/periods/p1'),
    ];
    expect(invalidated(keys, readsOf('meetings'))).toEqual([
      '["meetings","m1"]',
      '["meetings","m1","votes",{"pageSize":500}]',
      '["clusters","c1","meetings",{"page":1,"pageSize":20}]',
      '["periods","p1","meetings",{"pageSize":100}]',
    ]);
  });
});
