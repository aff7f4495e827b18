import type { ReactNode } from 'react';

/** A region named by its own h2 (aria-labelledby), so the landmark and the heading say the same. */
export function Section({ id, title, className, headingClassName, children }: { id: string; title: ReactNode; className?: string; headingClassName?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
