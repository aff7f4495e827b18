import type { SelectHTMLAttributes } from 'react';

type Native = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'placeholder'>;
interface Base<T extends string | number> extends Native {
  options: readonly T[];
  /** The text shown for an option. */
  label(option: NoInfer<T>): string;
}
/** Without a placeholder one of the options is always chosen; with one, '' means none yet. */
type SelectProps<T extends string | number> = Base<T> &
  (
    | { placeholder?: undefined; value: NoInfer<T>; onChange(option: NoInfer<T>): void }
    | { placeholder: string; value: NoInfer<T> | ''; onChange(option: NoInfer<T> | ''): void }
  );

/** A native select over a list of values, each shown with its label; the chosen value keeps its type. */
export function Select<T extends string | number>({ value, options, label, onChange, placeholder, ...rest }: SelectProps<T>) {
  const choose = (text: string) => options.find((o) => String(o) === text);
  return (
    <select
      {...rest}
      value={value}
      onChange={(e) => (placeholder === undefined ? onChange(choose(e.target.value)!) : onChange(choose(e.target.value) ?? ''))}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
}
