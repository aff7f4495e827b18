import type { NotificationKind } from '../domain/notification';
import type { Language } from '@cb/contracts';
import { textOf, type TextFacts } from '../domain/texts';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** A YYYY-MM-DD day as the reader writes it: 3 december 2026, 3 December 2026. */
const formatDay = (day: string, language: Language) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(language === 'EN' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** Titles are typed by organisations: escaped before they go into HTML. */
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const FRAME: Record<Language, { greeting: string; open: string; footer: string; digest: (day: string) => string; digestLead: string }> = {
  NL: {
    digest: (day) => `Je meldingen van ${day}`,
    digestLead: 'Dit is er die dag in Career Boost gebeurd:',
    greeting: 'Hallo,',
    open: 'Bekijk het in Career Boost',
    footer: 'Je krijgt deze e-mail omdat je een account hebt bij Career Boost, de stagemarkt van de Drechtsteden.',
  },
  EN: {
    digest: (day) => `Your notifications of ${day}`,
    digestLead: 'This is what happened in Career Boost that day:',
    greeting: 'Hello,',
    open: 'See it in Career Boost',
    footer: 'You receive this e-mail because you have an account at Career Boost, the Drechtsteden placement marketplace.',
  },
};

const ACCOUNT_TEXTS: Record<'PASSWORD_RESET' | 'VERIFY_EMAIL', Record<Language, { subject: string; body: string; open: string }>> = {
  PASSWORD_RESET: {
    NL: {
      subject: 'Nieuw wachtwoord voor Career Boost',
      body: 'Iemand heeft gevraagd om een nieuw wachtwoord voor je account. Was jij dat? Kies dan binnen een uur een nieuw wachtwoord via de link hieronder; de link werkt één keer. Was jij het niet, dan hoef je niets te doen.',
      open: 'Kies een nieuw wachtwoord',
    },
    EN: {
      subject: 'A new password for Career Boost',
      body: 'Someone asked for a new password for your account. Was it you? Then choose a new password within an hour with the link below; the link works once. If it was not you, you need not do anything.',
      open: 'Choose a new password',
    },
  },
  VERIFY_EMAIL: {
    NL: {
      subject: 'Bevestig je e-mailadres voor Career Boost',
      body: 'Bevestig dat dit e-mailadres van jou is. Daarna kun je solliciteren of opdrachten publiceren. De link werkt één keer en een week lang.',
      open: 'Bevestig mijn e-mailadres',
    },
    EN: {
      subject: 'Confirm your e-mail address for Career Boost',
      body: 'Confirm that this e-mail address is yours. Then you can apply or publish assignments. The link works once, for a week.',
      open: 'Confirm my e-mail address',
    },
  },
};

/** A password-reset or verification mail; the link carries the token and is the only copy of it. */
export function renderAccountMail(purpose: keyof typeof ACCOUNT_TEXTS, language: Language, link: string): MailContent {
  const { subject, body, open } = ACCOUNT_TEXTS[purpose][language];
  const { text, html } = linked(body, open, link);
  return framed(language, subject, text, html);
}

/**
 * Every kind's e-mail, in Dutch and English, plain text and HTML: the notification's own words
 * (domain/texts.ts) in one frame, so the inbox and the mail never say different things.
 */
export function renderMail(kind: NotificationKind, language: Language, facts: TextFacts, link: string): MailContent {
  const { title, body } = textOf(kind, language, facts);
  const { text, html } = linked(body, FRAME[language].open, link);
  return framed(language, title, text, html);
}

/** A paragraph and the link under it, as plain text and as HTML. */
const linked = (body: string, open: string, link: string) => ({
  text: `${body}\n\n${open}: ${link}`,
  html: `<p>${escapeHtml(body)}</p>\n<p><a href="${escapeHtml(link)}">${open}</a></p>`,
});

export interface DigestEntry {
  kind: NotificationKind;
  facts: TextFacts;
  link: string;
}

/** A day's notifications in one mail: each one's title, words and link, in the person's language. */
export function renderDigest(language: Language, day: string, entries: DigestEntry[]): MailContent {
  const frame = FRAME[language];
  const parts = entries.map((e) => ({ ...textOf(e.kind, language, e.facts), link: e.link }));
  const text = [frame.digestLead, ...parts.map((p) => `* ${p.title}\n  ${p.body}\n  ${p.link}`)].join('\n\n');
  const html = `<p>${frame.digestLead}</p>\n<ul>\n${parts
    .map((p) => `<li><p><a href="${escapeHtml(p.link)}"><strong>${escapeHtml(p.title)}</strong></a><br>${escapeHtml(p.body)}</p></li>`)
    .join('\n')}\n</ul>`;
  return framed(language, frame.digest(formatDay(day, language)), text, html);
}

function framed(language: Language, subject: string, text: string, html: string): MailContent {
  const frame = FRAME[language];
  return {
    subject,
    text: `${frame.greeting}\n\n${text}\n\n--\n${frame.footer}\n`,
    html: `<!doctype html>
<html lang="${language.toLowerCase()}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5">
<p>${frame.greeting}</p>
${html}
<hr>
<p style="font-size: smaller">${frame.footer}</p>
</body>
</html>
`,
  };
}
