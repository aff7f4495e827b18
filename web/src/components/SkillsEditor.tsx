import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findSkills } from '../domain/find-skills';
import { skillLabel, type SkillOption } from '../domain/vocab';
import { currentLanguage } from '../i18n';
import styles from './SkillsEditor.module.css';

export interface SkillLevelValue {
  skillId: string;
  level: number;
}

interface Props {
  legend: string;
  hint?: string;
  value: SkillLevelValue[];
  onChange(value: SkillLevelValue[]): void;
  /** The level a newly added skill starts at. */
  defaultLevel?: number;
}

/**
 * The skills passport editor (also used for an assignment's required skills): an ARIA 1.2
 * combobox that finds skills by Dutch or English name or synonym, and a level (1–4) per skill.
 */
export function SkillsEditor({ legend, hint, value, onChange, defaultLevel = 2 }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const [term, setTerm] = useState('');
  const [options, setOptions] = useState<SkillOption[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const chosen = new Set(value.map((v) => v.skillId));

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      findSkills(term, lang, controller.signal).then(
        (found) => {
          setOptions(found.filter((o) => !chosen.has(o.id)));
          setActive(-1);
        },
        () => undefined, // aborted by newer typing
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- chosen is derived from value
  }, [term, lang, value]);

  const add = (option: SkillOption) => {
    onChange([...value, { skillId: option.id, level: defaultLevel }]);
    setTerm('');
    setOptions([]);
    setOpen(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      // Enter picks a skill; it never submits the surrounding form from here.
      event.preventDefault();
      if (options.length) add(options[Math.max(0, active)]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const showList = open && term.trim().length > 0;
  return (
    <fieldset className="skills-editor">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className={styles.combobox}>
        <label htmlFor={`${id}-input`}>{t('skills.add')}</label>
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
          aria-describedby={`${id}-howto`}
          value={term}
          maxLength={80}
          onChange={(e) => {
            setTerm(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          placeholder={t('skills.placeholder')}
        />
        <p id={`${id}-howto`} className="visually-hidden">
          {t('skills.howto')}
        </p>
        <ul id={listId} role="listbox" aria-label={t('skills.suggestions')} className={styles.listbox} hidden={!showList}>
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? styles.active : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                add(option);
              }}
            >
              {option.label}
              {option.other !== option.label && (
                <span className="muted" lang={lang === 'nl' ? 'en' : 'nl'}>
                  {' '}
                  · {option.other}
                </span>
              )}
            </li>
          ))}
          {showList && options.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="muted">
              {t('skills.none')}
            </li>
          )}
        </ul>
      </div>
      {value.length === 0 ? (
        <p className="muted">{t('skills.empty')}</p>
      ) : (
        <ul className={styles.rows}>
          {value.map((entry, i) => {
            const name = skillLabel(entry.skillId, lang);
            return (
              <li key={entry.skillId} className={styles.row}>
                <span className={styles.name}>{name}</span>
                <label className="visually-hidden" htmlFor={`${id}-level-${i}`}>
                  {t('skills.levelOf', { skill: name })}
                </label>
                <select
                  id={`${id}-level-${i}`}
                  value={entry.level}
                  onChange={(e) => onChange(value.map((v, j) => (j === i ? { ...v, level: Number(e.target.value) } : v)))}
                >
                  {[1, 2, 3, 4].map((level) => (
                    <option key={level} value={level}>
                      {level} – {t(`skills.level.${level as 1 | 2 | 3 | 4}`)}
                    </option>
                  ))}
                </select>
                <button type="button" className="button-link" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                  {t('skills.remove')}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
