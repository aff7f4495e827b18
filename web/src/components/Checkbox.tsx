import type { ReactNode } from 'react';

/** One checkbox with its label after it, and an optional hint read with it. */
export function Checkbox({ id, label, hint, checked, onChange, className }: { id: string; label: ReactNode; hint?: ReactNode; checked: boolean; onChange(checked: boolean): void; className?: string }) {
  return (
    <div className={className ? `checkbox ${className}` : 'checkbox'}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
