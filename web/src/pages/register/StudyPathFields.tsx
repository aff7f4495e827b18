import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { STUDY_LEVELS, type StudyLevel } from '../../domain/vocab';
import { currentLanguage } from '../../i18n';
import { INSTITUTIONS } from './queries';
import type { InstitutionsQuery } from '../../api/__generated__/operations';

export interface StudyPath {
  institutionId: string;
  programmeId: string;
  level: StudyLevel;
  studyYear: number;
}

/** Institution, programme (offered at the chosen level), level and year: shared by register and profile. */
export function StudyPathFields({ value, onChange }: { value: StudyPath; onChange(value: StudyPath): void }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery<InstitutionsQuery>(INSTITUTIONS, { language: currentLanguage().toUpperCase() });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const institutions = data?.institutions ?? [];
  const programmes = (institutions.find((i) => i.id === value.institutionId)?.programmes ?? []).filter((p) => p.levels.includes(value.level));
  return (
    <fieldset>
      <legend>{t('fields.studyPath')}</legend>
      <div className="grid two">
        <Field label={t('fields.level')} required name="input.level">
          {(p) => (
            <select {...p} value={value.level} onChange={(e) => onChange({ ...value, level: e.target.value as StudyLevel, programmeId: '' })}>
              {STUDY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`enums.studyLevel.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fields.studyYear')} required hint={t('fields.studyYearHint')} name="input.studyYear">
          {(p) => (
            <select {...p} value={value.studyYear} onChange={(e) => onChange({ ...value, studyYear: Number(e.target.value) })}>
              {[1, 2, 3, 4, 5, 6, 7, 8].map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
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
