import Negotiator from 'negotiator';

/** The languages the marketplace answers in; Dutch unless the client prefers English. */
export type RequestLanguage = 'NL' | 'EN';

/**
 * The one reading of a request's Accept-Language header (the gateway's, the subgraphs', the CSV
 * download's): English when the client prefers it to Dutch (`en`, `en-GB`, `nl;q=0.5, en`), Dutch
 * otherwise, also without a header or for languages we do not speak.
 */
export function requestLanguage(acceptLanguage: string | undefined): RequestLanguage {
  if (!acceptLanguage) return 'NL';
  // What the gateway sends every subgraph call (the language it read, lower-cased): no negotiation
  // needed, and one per subgraph call showed in the embedded profile.
  if (acceptLanguage === 'nl') return 'NL';
  if (acceptLanguage === 'en') return 'EN';
  return new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language(['nl', 'en']) === 'en' ? 'EN' : 'NL';
}

/** A field's arguments with `language` filled in from the request when the query gave none: the argument wins. */
export const inRequestLanguage = <A extends { language?: unknown }>(args: A, ctx: { language?: RequestLanguage }) => ({
  ...args,
  language: args.language ?? ctx.language,
});
