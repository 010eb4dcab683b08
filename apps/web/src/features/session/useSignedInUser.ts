import type { Me } from '@nexus/contracts';
import { createContext, use } from 'react';

/** Provided by the signed-in layout once the session is known. */
export const SignedInUserContext = createContext<Me | null>(null);

/** The signed-in user; only inside the signed-in layout, which guarantees there is one. */
export function useSignedInUser(): Me {
  const me = use(SignedInUserContext);
  if (!me) throw new Error('useSignedInUser is only available inside the signed-in layout');
  return me;
}
