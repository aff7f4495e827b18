import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormErrors';
import { TextField } from '../../components/Field';
import { SkillsEditor, type SkillLevelValue } from '../../components/SkillsEditor';
import { REGISTER_STUDENT } from './queries';
import { RegisterForm, useRegistration } from './RegisterForm';
import { StudyPathFields, type StudyPath } from './StudyPathFields';
import { DiscoverableField } from '../student/DiscoverableField';
import { EmailField, NewPasswordField } from '../account/AccountForm';
import { apiLanguage } from '../../i18n';

export function RegisterStudentPage() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [path, setPath] = useState<StudyPath>({ institutionId: '', programmeId: '', level: 'BACHELOR', studyYear: 3 });
  const [skills, setSkills] = useState<SkillLevelValue[]>([]);
  const [discoverable, setDiscoverable] = useState(false);
  const registration = useRegistration(REGISTER_STUDENT, { to: '/student/profile', state: { welcome: true } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const required = { 'input.name': name, 'input.email': email, 'input.password': password, 'input.institutionId': path.institutionId, 'input.programmeId': path.programmeId };
    if (!registration.errors.checkRequired(required)) return;
    void registration.run({ input: { name: name.trim(), email: email.trim(), password, ...path, skills, discoverable }, language: apiLanguage() }, email.trim(), password);
  };
  return (
    <RegisterForm title={t('registerStudent.title')} lead={t('registerStudent.lead')} submit={t('registerStudent.submit')} registration={registration} onSubmit={submit}>
      <fieldset>
        <legend>{t('fields.account')}</legend>
        <TextField label={t('fields.name')} required name="input.name" autoComplete="name" value={name} onChange={setName} maxLength={120} />
        <EmailField label={t('fields.email')} name="input.email" value={email} onChange={setEmail} />
        <NewPasswordField name="input.password" value={password} onChange={setPassword} />
      </fieldset>
      <StudyPathFields value={path} onChange={setPath} />
      <SkillsEditor legend={t('skills.passport')} hint={t('skills.passportHint')} value={skills} onChange={setSkills} />
      <FieldError name="input.skills" label={t('skills.passport')} />
      <DiscoverableField checked={discoverable} onChange={setDiscoverable} />
    </RegisterForm>
  );
}
