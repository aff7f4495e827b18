import type { Language } from '@cb/contracts';
import type { NotificationKind } from './notification';

export type { Language } from '@cb/contracts';

/** The facts a text may use: looked up when read, never personal data (titles of postings are not). */
export interface TextFacts {
  /** The assignment's title, or null when this service has not (yet) heard of it. */
  assignmentTitle: string | null;
}

export interface Text {
  title: string;
  body: string;
}

type Texts = Record<NotificationKind, (t: string) => Text>;

/**
 * Every notification's words, per language, in one table (the e-mail templates reuse them).
 * `t` is the assignment's title, or "an assignment" when it is not known here.
 */
const TEXTS: Record<Language, Texts> = {
  NL: {
    APPLICATION_RECEIVED: (t) => ({ title: `Nieuwe sollicitatie op ${t}`, body: `Een student heeft gesolliciteerd op ${t}. Bekijk de sollicitatie en laat weten wat je ervan vindt.` }),
    APPLICATION_IN_REVIEW: (t) => ({ title: `Je sollicitatie op ${t} wordt bekeken`, body: `De organisatie bekijkt je sollicitatie op ${t}. Je hoort het zodra er nieuws is.` }),
    INTERVIEW_INVITED: (t) => ({ title: `Uitnodiging voor een gesprek over ${t}`, body: `De organisatie wil je spreken over ${t}. Ze nemen contact met je op om een moment af te spreken.` }),
    OFFER_MADE: (t) => ({ title: `Je hebt een aanbod voor ${t}`, body: `De organisatie biedt je een plek aan bij ${t}. Accepteer of weiger het aanbod vóór de uiterste datum.` }),
    APPLICATION_REJECTED: (t) => ({ title: `Je sollicitatie op ${t} is afgewezen`, body: `De organisatie gaat niet verder met je sollicitatie op ${t}. Er zijn nog veel andere opdrachten in de Drechtsteden.` }),
    OFFER_ACCEPTED: (t) => ({ title: `Aanbod geaccepteerd voor ${t}`, body: `De student heeft je aanbod voor ${t} geaccepteerd. De plaatsing is bevestigd.` }),
    OFFER_DECLINED: (t) => ({ title: `Aanbod geweigerd voor ${t}`, body: `De student heeft je aanbod voor ${t} geweigerd.` }),
    APPLICATION_WITHDRAWN: (t) => ({ title: `Sollicitatie ingetrokken voor ${t}`, body: `Een sollicitatie op ${t} is ingetrokken.` }),
    OFFER_LAPSED: (t) => ({ title: `Het aanbod voor ${t} is verlopen`, body: `Het aanbod voor ${t} is niet op tijd beantwoord en is daarom vervallen.` }),
    PLACEMENT_CONFIRMED: (t) => ({ title: `Plaatsing bevestigd: ${t}`, body: `De plaatsing voor ${t} is bevestigd.` }),
    PLACEMENT_STARTED: (t) => ({ title: `Plaatsing begonnen: ${t}`, body: `De plaatsing voor ${t} is begonnen. Veel succes!` }),
    ORGANISATION_APPROVED: () => ({ title: 'Je organisatie is goedgekeurd', body: 'Dordrecht Academy heeft je organisatie goedgekeurd. Je kunt nu opdrachten publiceren.' }),
    ORGANISATION_REJECTED: () => ({ title: 'Je organisatie is niet goedgekeurd', body: 'Dordrecht Academy heeft je organisatie niet goedgekeurd. Op je organisatiepagina staat waarom.' }),
    NEW_MATCHING_ASSIGNMENT: (t) => ({ title: `Nieuwe opdracht voor je zoekopdracht: ${t}`, body: `${t} is net gepubliceerd en past bij een zoekopdracht die je hebt bewaard.` }),
  },
  EN: {
    APPLICATION_RECEIVED: (t) => ({ title: `New application for ${t}`, body: `A student applied for ${t}. Review the application and let them know what you think.` }),
    APPLICATION_IN_REVIEW: (t) => ({ title: `Your application for ${t} is being reviewed`, body: `The organisation is reviewing your application for ${t}. You will hear as soon as there is news.` }),
    INTERVIEW_INVITED: (t) => ({ title: `Invitation to an interview about ${t}`, body: `The organisation would like to talk with you about ${t}. They will contact you to set a time.` }),
    OFFER_MADE: (t) => ({ title: `You have an offer for ${t}`, body: `The organisation offers you a place at ${t}. Accept or decline the offer before its answer-by date.` }),
    APPLICATION_REJECTED: (t) => ({ title: `Your application for ${t} was rejected`, body: `The organisation will not continue with your application for ${t}. There are many other assignments in the Drechtsteden.` }),
    OFFER_ACCEPTED: (t) => ({ title: `Offer accepted for ${t}`, body: `The student accepted your offer for ${t}. The placement is confirmed.` }),
    OFFER_DECLINED: (t) => ({ title: `Offer declined for ${t}`, body: `The student declined your offer for ${t}.` }),
    APPLICATION_WITHDRAWN: (t) => ({ title: `Application withdrawn for ${t}`, body: `An application for ${t} was withdrawn.` }),
    OFFER_LAPSED: (t) => ({ title: `The offer for ${t} has lapsed`, body: `The offer for ${t} was not answered in time and has lapsed.` }),
    PLACEMENT_CONFIRMED: (t) => ({ title: `Placement confirmed: ${t}`, body: `The placement for ${t} is confirmed.` }),
    PLACEMENT_STARTED: (t) => ({ title: `Placement started: ${t}`, body: `The placement for ${t} has started. Good luck!` }),
    ORGANISATION_APPROVED: () => ({ title: 'Your organisation has been approved', body: 'Dordrecht Academy approved your organisation. You can now publish assignments.' }),
    ORGANISATION_REJECTED: () => ({ title: 'Your organisation was not approved', body: 'Dordrecht Academy did not approve your organisation. Your organisation page says why.' }),
    NEW_MATCHING_ASSIGNMENT: (t) => ({ title: `New assignment for your saved search: ${t}`, body: `${t} was just published and matches a search you saved.` }),
  },
};

const UNKNOWN_ASSIGNMENT: Record<Language, string> = { NL: 'een opdracht', EN: 'an assignment' };

export function textOf(kind: NotificationKind, language: Language, facts: TextFacts): Text {
  return TEXTS[language][kind](facts.assignmentTitle ?? UNKNOWN_ASSIGNMENT[language]);
}
