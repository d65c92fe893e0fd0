import { createContext, useContext } from 'react';
import { canEditKommune as canEditKommuneRule } from '@udfasning/domain';
import { graphql } from '../../__generated__';
import type { CurrentUser_UserFragment } from '../../__generated__/graphql';

export const CurrentUserFragment = graphql(`
  fragment CurrentUser_user on User {
    id
    name
    email
    role
    kommune {
      code
      name
      officialName
    }
  }
`);

export const CurrentUserQuery = graphql(`
  query CurrentUserQuery {
    me {
      ...CurrentUser_user
    }
  }
`);

export const LoginMutation = graphql(`
  mutation LoginMutation($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation LogoutMutation {
    logout
  }
`);

export type CurrentUser = CurrentUser_UserFragment;

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The logged-in user; only inside the authenticated part of the app. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside RequireAuth');
  return user;
}

/** Where a user lands after logging in when no page was asked for. */
export function homeFor(user: CurrentUser): string {
  return user.role === 'KOMMUNE_CONTACT' && user.kommune ? `/kommuner/${user.kommune.code}` : '/';
}

/** The shared rule (admins edit everything; a contact only its own kommune; viewers read) for the current user. */
export function canEditKommune(user: CurrentUser, code: number): boolean {
  return canEditKommuneRule({ role: user.role, kommuneCode: user.kommune?.code ?? null }, code);
}

/**
 * Only keep same-origin paths from ?next= so a crafted link cannot send users elsewhere. The path is
 * resolved as the browser would (which reads `/\\host` and `/\thost` as `//host`) and kept only if it
 * stays on this origin; what is returned is that resolved path.
 */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/')) return null;
  const here = 'https://udfasning.invalid';
  let url: URL;
  try {
    url = new URL(next, here);
  } catch {
    return null;
  }
  if (url.origin !== here || next.startsWith('//') || /^\/[\\/]/.test(next.replace(/[\t\n\r]/g, ''))) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('/login') ? null : path;
}
