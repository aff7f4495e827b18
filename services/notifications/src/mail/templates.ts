import type { NotificationKind } from '../domain/notification';
import type { Language } from '@cb/contracts';
import { textOf, type TextFacts } from '../domain/texts';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** Titles are typed by organisations: escaped before they go into HTML. */
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const FRAME: Record<Language, { greeting: string; open: string; footer: string }> = {
  NL: {
    greeting: 'Hallo,',
    open: 'Bekijk het in Career Boost',
    footer: 'Je krijgt deze e-mail omdat je een account hebt bij Career Boost, de stagemarkt van de Drechtsteden.',
  },
  EN: {
    greeting: 'Hello,',
    open: 'See it in Career Boost',
    footer: 'You receive this e-mail because you have an account at Career Boost, the Drechtsteden placement marketplace.',
  },
};

/**
 * Every kind's e-mail, in Dutch and English, plain text and HTML: the notification's own words
 * (domain/texts.ts) in one frame, so the inbox and the mail never say different things.
 */
export function renderMail(kind: NotificationKind, language: Language, facts: TextFacts, link: string): MailContent {
  const { title, body } = textOf(kind, language, facts);
  const frame = FRAME[language];
  const text = `${frame.greeting}\n\n${body}\n\n${frame.open}: ${link}\n\n--\n${frame.footer}\n`;
  const html = `<!doctype html>
<html lang="${language.toLowerCase()}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5">
<p>${frame.greeting}</p>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(link)}">${frame.open}</a></p>
<hr>
<p style="font-size: smaller">${frame.footer}</p>
</body>
</html>
`;
  return { subject: title, text, html };
}
