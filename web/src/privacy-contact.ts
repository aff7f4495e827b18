declare global {
  interface ImportMetaEnv {
    readonly VITE_PRIVACY_CONTACT?: string;
  }
}

/**
 * Where people write about their data (AVG/GDPR): the one place it is set. A deployment sets
 * VITE_PRIVACY_CONTACT when it builds the web app; the default is Dordrecht Academy's privacy desk.
 */
export const PRIVACY_CONTACT: string = import.meta.env.VITE_PRIVACY_CONTACT || 'privacy@dordrechtacademy.nl';
