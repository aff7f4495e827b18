import { amsterdamDate } from '@cb/contracts/src/rules/calendar';

/** Dates and numbers in the reader's language (nl-NL or en-GB), in Dutch time. */
const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'nl-NL');

export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return date.toLocaleDateString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
}

export function formatDateTime(value: string, lang: string): string {
  return new Date(value).toLocaleString(locale(lang), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });
}

export function formatNumber(value: number, lang: string, digits = 0): string {
  return value.toLocaleString(locale(lang), { maximumFractionDigits: digits });
}

export function formatMoney(value: number, lang: string): string {
  return value.toLocaleString(locale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
}

/** Today as YYYY-MM-DD in Europe/Amsterdam (the API's LocalDate): the contracts' calendar rule. */
export function today(): string {
  return amsterdamDate(new Date());
}

/** A period's name as staff read it: the calendar year "2025", or the academic year "2025–2026". */
export function periodName(kind: 'CALENDAR' | 'ACADEMIC', year: number): string {
  return kind === 'ACADEMIC' ? `${year}–${year + 1}` : String(year);
}
