import { z } from 'zod';
import {
  LANGUAGES,
  Reasons,
  ASSIGNMENT_TYPES,
  SECTORS,
  STUDY_LEVELS,
  SKILL_IDS,
  institutionById,
  municipalityById,
  programmeById,
  type Sector,
  type Language,
  type StudentFacts,
  type StudyLevel,
} from '@cb/contracts';
import { badInput, isVerified, isoDate, text, type Doc } from '@cb/kit/core';

export interface StudentSkill {
  skillId: string;
  /** 1 = beginner … 4 = expert. */
  level: number;
}

export interface Preferences {
  sectors: Sector[];
  types: (typeof ASSIGNMENT_TYPES)[number][];
  municipalities: string[];
  availableFrom: string | null;
  availableUntil: string | null;
  hoursPerWeek: number | null;
}

export interface Student extends Doc {
  name: string;
  email: string;
  passwordHash: string;
  institutionId: string;
  programmeId: string;
  level: StudyLevel;
  studyYear: number;
  skills: StudentSkill[];
  preferences: Preferences;
  discoverable: boolean;
  registeredAt: string;
  /** The language of their notifications and mail; absent on students stored before: Dutch. Never in events. */
  preferredLanguage?: Language;
  /** Absent on students from before verification existed (verified), null until verified (kit isVerified). */
  emailVerifiedAt?: string | null;
}

export const STUDENTS = { name: 'students', indexes: [{ fields: ['email'], unique: true }] };

const skillsInput = z
  .array(
    z.object({
      skillId: z.string().max(64).refine((id) => SKILL_IDS.has(id), { message: 'is not a skill in the vocabulary (see Skill ids)', params: { reason: Reasons.UNKNOWN_SKILL } }),
      level: z.number().int().min(1, 'must be 1 to 4').max(4, 'must be 1 to 4'),
    }),
  )
  .max(60, 'at most 60 skills')
  .refine((list) => new Set(list.map((s) => s.skillId)).size === list.length, { message: 'lists a skill twice', params: { reason: Reasons.DUPLICATE_ITEM } });

const preferencesInput = z
  .object({
    sectors: z.array(z.enum(SECTORS)).max(20).default([]),
    types: z.array(z.enum(ASSIGNMENT_TYPES)).max(10).default([]),
    municipalityIds: z
      .array(z.string().max(64).refine((id) => municipalityById(id) !== undefined, 'is not a known municipality'))
      .max(30)
      .default([]),
    availableFrom: isoDate().nullish(),
    availableUntil: isoDate().nullish(),
    hoursPerWeek: z.number().int().min(1, 'must be 1 to 60').max(60, 'must be 1 to 60').nullish(),
  })
  .refine((p) => !p.availableFrom || !p.availableUntil || p.availableFrom <= p.availableUntil, {
    message: 'availableUntil must not be before availableFrom',
  });

const profileFields = {
  name: text.name(),
  institutionId: text.id(),
  programmeId: text.id(),
  level: z.enum(STUDY_LEVELS),
  studyYear: z.number().int().min(1, 'must be 1 to 8').max(8, 'must be 1 to 8'),
  skills: skillsInput,
  preferences: preferencesInput,
  discoverable: z.boolean(),
  preferredLanguage: z.enum(LANGUAGES),
};

export const registerStudentInput = z.object({
  ...profileFields,
  email: text.email(),
  password: text.password(),
  skills: skillsInput.nullish().transform((s) => s ?? []),
  preferences: preferencesInput.nullish(),
  discoverable: z.boolean().nullish().transform((d) => d ?? false),
  preferredLanguage: profileFields.preferredLanguage.nullish().transform((l) => l ?? 'NL'),
});

export const studentProfileInput = z.object({
  name: profileFields.name.nullish(),
  institutionId: profileFields.institutionId.nullish(),
  programmeId: profileFields.programmeId.nullish(),
  level: profileFields.level.nullish(),
  studyYear: profileFields.studyYear.nullish(),
  skills: skillsInput.nullish(),
  preferences: preferencesInput.nullish(),
  discoverable: z.boolean().nullish(),
  preferredLanguage: profileFields.preferredLanguage.nullish(),
});

export function toPreferences(input: z.infer<typeof preferencesInput> | null | undefined): Preferences {
  return {
    sectors: input?.sectors ?? [],
    types: input?.types ?? [],
    municipalities: input?.municipalityIds ?? [],
    availableFrom: input?.availableFrom ?? null,
    availableUntil: input?.availableUntil ?? null,
    hoursPerWeek: input?.hoursPerWeek ?? null,
  };
}

/** The programme must belong to the institution and be offered at the student's level. */
export function checkStudyPath(s: Pick<Student, 'institutionId' | 'programmeId' | 'level'>): void {
  const institution = institutionById(s.institutionId);
  if (!institution) throw badInput('input.institutionId', Reasons.UNKNOWN_INSTITUTION, `institutionId: "${s.institutionId}" is not a known institution (see the institutions query).`);
  const programme = programmeById(s.programmeId);
  if (!programme || !institution.programmes.some((p) => p.id === programme.id)) {
    throw badInput('input.programmeId', Reasons.UNKNOWN_PROGRAMME, `programmeId: "${s.programmeId}" is not a programme of ${institution.name}.`);
  }
  if (!programme.levels.includes(s.level)) {
    throw badInput('input.level', Reasons.PROGRAMME_LEVEL_MISMATCH, `level: ${programme.nl} is not offered at level ${s.level}; it is offered at ${programme.levels.join(', ')}.`);
  }
}

/** What other services may know about a student: no name, no e-mail (DESIGN.md §2). */
export function studentFacts(s: Student): StudentFacts {
  return {
    studentId: s.id,
    institutionId: s.institutionId,
    programmeId: s.programmeId,
    level: s.level,
    studyYear: s.studyYear,
    skills: s.skills,
    preferences: s.preferences,
    discoverable: s.discoverable,
    // A fact, not the address: placements refuses applications until it is true.
    emailVerified: isVerified(s),
  };
}
