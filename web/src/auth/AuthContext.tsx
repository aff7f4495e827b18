import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { getToken, onUnauthenticated, request, setToken } from '../api/client';
import { ME, SIGN_IN } from './queries';
import type { MeQuery, Role } from '../api/__generated__/graphql';

export type { Role };
export type Viewer = NonNullable<MeQuery['me']>;

interface AuthState {
  viewer: Viewer | null;
  /** True until we know whether a stored token is still good. */
  checking: boolean;
  signIn(email: string, password: string): Promise<Viewer>;
  signOut(): void;
  /** Reads the viewer again (e.g. after a profile change renamed them). */
  refresh(): Promise<void>;
  /** Set when the API rejected the session; the sign-in page explains it. */
  sessionExpired: boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function homeOf(role: Role): string {
  return role === 'STUDENT' ? '/student' : role === 'COMPANY' ? '/company' : '/staff';
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [checking, setChecking] = useState(() => Boolean(getToken()));
  const [sessionExpired, setSessionExpired] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();

  const refresh = useCallback(async () => {
    if (!getToken()) {
      setViewer(null);
      return;
    }
    try {
      const { me } = await request(ME);
      setViewer(me);
      if (!me) {
        // The API no longer accepts the stored token (expired, or signed with an old key).
        setToken(null);
        setSessionExpired(true);
      }
    } catch {
      setViewer(null);
    }
  }, []);

  useEffect(() => {
    if (!getToken()) return;
    void refresh().finally(() => setChecking(false));
  }, [refresh]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setViewer(null);
        setSessionExpired(true);
        navigate('/signin', { state: { from: location.pathname + location.search } });
      }),
    [navigate, location],
  );

  const signIn = useCallback(async (email: string, password: string) => {
    const { signIn } = await request(SIGN_IN, { email, password });
    setToken(signIn.token);
    // Ask who we are with the new token: a pending organisation is only visible to itself, so
    // its name cannot come back in the anonymous signIn response.
    const { me } = await request(ME);
    if (!me) throw new Error('signed in, but the API does not know the account');
    setViewer(me);
    setSessionExpired(false);
    return me;
  }, []);

  const signOut = useCallback(() => {
    setToken(null);
    setViewer(null);
    navigate('/');
  }, [navigate]);

  const value = useMemo(
    () => ({ viewer, checking, signIn, signOut, refresh, sessionExpired }),
    [viewer, checking, signIn, signOut, refresh, sessionExpired],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
