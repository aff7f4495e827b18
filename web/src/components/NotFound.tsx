import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

/** A page whose subject does not exist (or is not the reader's to see): its h1 says so, `text` says what; children offer a way on. */
export function NotFound({ text, children }: { text: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading>{t('errors.NOT_FOUND.title')}</PageHeading>
      <p>{text}</p>
      {children}
    </section>
  );
}
