import type { ReactNode } from 'react';

/** A card named by its heading, with a badge (a status, a score) beside the heading. */
export function Card({
  id,
  heading,
  level,
  headingClassName,
  badge,
  className,
  children,
}: {
  id: string;
  heading: ReactNode;
  level: 2 | 3;
  headingClassName?: string;
  badge: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const Heading = `h${level}` as const;
  return (
    <article className={className ? `card ${className}` : 'card'} aria-labelledby={id}>
      <header className="application-header">
        <Heading id={id} className={headingClassName}>
          {heading}
        </Heading>
        {badge}
      </header>
      {children}
    </article>
  );
}
