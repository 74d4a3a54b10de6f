import type { ComponentType, JSX } from 'react';
import { useCurrentUser } from '../api/session';
import { canAccess, type AccessRule } from '../access';
import { ForbiddenPage } from '../routes/errors/forbidden-page';

/** Wraps a page: users whose organisation kind or role may not see it get the 403 page at the same address. */
export function guarded(rule: AccessRule, Page: ComponentType): () => JSX.Element {
  function Guarded() {
    const me = useCurrentUser();
    return canAccess(me, rule) ? <Page /> : <ForbiddenPage />;
  }
  Guarded.displayName = `Guarded(${Page.displayName ?? Page.name})`;
  return Guarded;
}
