import { createContext, useContext, type ReactNode } from 'react';

/** What the app needs from sign-in, whatever provides it (OIDC in the app, a stub in tests). */
export interface Session {
  status: 'loading' | 'signed-out' | 'signed-in';
  /** Set when the last sign-in attempt or silent renewal failed. */
  error?: Error;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
