import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { Field } from '../../components/Field';
import { loadingOrFailed } from '../../components/Loading';
import { Select } from '../../components/Select';
import { STUDY_LEVELS, type StudyLevel } from '../../domain/vocab';
import { apiLanguage } from '../../i18n';
import { INSTITUTIONS } from './queries';

const STUDY_YEARS = [1, 2, 3, 4, 5, 6, 7, 8];

export interface StudyPath {
  institutionId: string;
  programmeId: string;
  level: StudyLevel;
  studyYear: number;
}

/** Institution, programme (offered at the chosen level), level and year: shared by register and profile. */
export function StudyPathFields({ value, onChange }: { value: StudyPath; onChange(value: StudyPath): void }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(INSTITUTIONS, { language: apiLanguage() });
  const waiting = loadingOrFailed({ data, error, loading });
  if (waiting) return waiting;
  const institutions = data?.institutions ?? [];
  const programmes = (institutions.find((i) => i.id === value.institutionId)?.programmes ?? []).filter((p) => p.levels.includes(value.level));
  return (
    <fieldset>
      <legend>{t('fields.studyPath')}</legend>
      <div className="grid two">
        <Field label={t('fields.level')} required name="input.level">
          {(p) => (
            <Select {...p} value={value.level} options={STUDY_LEVELS} label={(level) => t(`enums.studyLevel.${level}`)} onChange={(level) => onChange({ ...value, level, programmeId: '' })} />
          )}
        </Field>
        <Field label={t('fields.studyYear')} required hint={t('fields.studyYearHint')} name="input.studyYear">
          {(p) => (
            <Select {...p} value={value.studyYear} options={STUDY_YEARS} label={String} onChange={(studyYear) => onChange({ ...value, studyYear })} />
          )}
        </Field>
        <Field label={t('fields.institution')} required name="input.institutionId">
          {(p) => (
            <select {...p} required value={value.institutionId} onChange={(e) => onChange({ ...value, institutionId: e.target.value, programmeId: '' })}>
              <option value="">{t('common.choose')}</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name} ({i.city})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.programme')} required name="input.programmeId">
          {(p) => (
            <select {...p} required value={value.programmeId} disabled={!value.institutionId} onChange={(e) => onChange({ ...value, programmeId: e.target.value })}>
              <option value="">{value.institutionId ? t('common.choose') : t('fields.programmeFirst')}</option>
              {programmes.map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {programme.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
