import { describe, expect, it } from 'vitest';
import { safeNextPath, signInHref } from './redirect.ts';

describe('safeNextPath', () => {
  it.each([
    ['/doctor', '/doctor'],
    ['/patient/account?tab=1#roles', '/patient/account?tab=1#roles'],
    [null, '/'],
    ['', '/'],
    ['doctor', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/\t/evil.example', '/'],
    ['/sign-in?next=/doctor', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe('signInHref', () => {
  it('keeps where the user was going', () => {
    expect(signInHref({ pathname: '/doctor/account', search: '?a=1', hash: '' })).toBe(
      '/sign-in?next=%2Fdoctor%2Faccount%3Fa%3D1',
    );
  });

  it('adds the reason when the session expired', () => {
    expect(signInHref({ pathname: '/nurse', search: '', hash: '' }, 'expired')).toBe(
      '/sign-in?next=%2Fnurse&reason=expired',
    );
  });

  it('leaves out a next of just the start page', () => {
    expect(signInHref({ pathname: '/', search: '', hash: '' })).toBe('/sign-in');
  });
});
