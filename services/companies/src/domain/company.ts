import { z } from 'zod';
import { LANGUAGES, Reasons, SECTORS, municipalityById, type CompanyFacts, type CompanyStatus, type Language } from '@cb/contracts';
import { text, type Doc } from '@cb/kit/core';

export interface Company extends Doc {
  name: string;
  kvkNumber: string;
  municipalityId: string;
  sector: (typeof SECTORS)[number];
  impactLabel: boolean;
  mboAkkoord: boolean;
  website: string | null;
  description: string | null;
  status: CompanyStatus;
  registeredAt: string;
  approvedAt: string | null;
  contactName: string;
  contactEmail: string;
  /** Personal data: shown to the organisation itself and staff, never in an event. */
  contactPhone?: string | null;
  /** The contact person's language for notifications and mail; absent on older records: Dutch. */
  preferredLanguage?: Language;
  passwordHash: string;
  /** Absent on contacts from before verification existed (verified), null until verified (kit isVerified). */
  emailVerifiedAt?: string | null;
  /** Absent on organisations registered before reviews had more than approval: see `reviewOf`. */
  review?: CompanyReview;
}

export type CompanyReviewStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'INFORMATION_REQUESTED';

export interface CompanyReview {
  status: CompanyReviewStatus;
  /** Staff's reason for a rejection, or their request: for the organisation and staff only. */
  note: string | null;
  at: string | null;
}

/** Where the review stands; organisations stored before reviews were kept derive it from `status`. */
export function reviewOf(c: Company): CompanyReview {
  return c.review ?? (c.status === 'APPROVED' ? { status: 'APPROVED', note: null, at: c.approvedAt } : { status: 'PENDING', note: null, at: null });
}

export const COMPANIES = {
  name: 'companies',
  indexes: [{ fields: ['kvkNumber'], unique: true }, { fields: ['contactEmail'], unique: true }, { fields: ['status'] }],
};

/**
 * A KvK (Chamber of Commerce) number is eight digits. It has no check digit since 2016, so the form
 * is all we can verify offline; a number of only zeros is never issued.
 */
export function isKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value) && !/^0{8}$/.test(value);
}

export const registerCompanyInput = z.object({
  name: text.name(),
  kvkNumber: z
    .string()
    .transform((s) => s.replace(/[\s.]/g, ''))
    .refine(isKvkNumber, { message: 'must be the 8 digits of a Chamber of Commerce (KvK) number, e.g. 24123456', params: { reason: Reasons.INVALID_FORMAT } }),
  municipalityId: text.id().refine((id) => municipalityById(id) !== undefined, 'is not a known municipality (see the municipalities query)'),
  sector: z.enum(SECTORS),
  impactLabel: z.boolean().nullish().transform((b) => b ?? false),
  mboAkkoord: z.boolean().nullish().transform((b) => b ?? false),
  website: z.string().trim().max(300, 'must be at most 300 characters').url('must be a full URL like https://example.nl').nullish(),
  description: text.long(2000).nullish(),
  contactName: text.name(),
  contactEmail: text.email(),
  password: text.password(),
});

const phone = z
  .string()
  .trim()
  .max(30, 'must be at most 30 characters')
  .regex(/^\+?[0-9][0-9 ()-]{5,}$/, { message: 'must be a phone number, e.g. 078 123 4567 or +31 78 123 4567' });

/**
 * The organisation's own profile: fields left out stay, null clears only the optional ones (the
 * use case refuses null for the others with CANNOT_BE_CLEARED). The contact e-mail is the sign-in
 * address and is not changed here.
 */
export const updateCompanyProfileInput = z.object({
  name: text.name().nullish(),
  municipalityId: text.id().refine((id) => municipalityById(id) !== undefined, 'is not a known municipality (see the municipalities query)').nullish(),
  sector: z.enum(SECTORS).nullish(),
  impactLabel: z.boolean().nullish(),
  mboAkkoord: z.boolean().nullish(),
  website: z.string().trim().max(300, 'must be at most 300 characters').url('must be a full URL like https://example.nl').nullish(),
  description: text.long(2000).nullish(),
  contactName: text.name().nullish(),
  contactPhone: phone.nullish(),
  preferredLanguage: z.enum(LANGUAGES).nullish(),
});

/** Profile fields an organisation must always have: null would leave the profile incomplete. */
export const REQUIRED_PROFILE_FIELDS = ['name', 'municipalityId', 'sector', 'impactLabel', 'mboAkkoord', 'contactName', 'preferredLanguage'] as const;

/** Staff's reason or request: free text the organisation reads. */
export const reviewNoteInput = text.long(2000).pipe(z.string().min(1, 'is required: say why, so the organisation knows what to do'));

/** What other services learn of an organisation: never its contact person, KvK number or review note. */
export function companyFacts(c: Company): CompanyFacts {
  return {
    companyId: c.id,
    name: c.name,
    municipality: c.municipalityId,
    sector: c.sector,
    impactLabel: c.impactLabel,
    mboAkkoord: c.mboAkkoord,
    approved: c.status === 'APPROVED',
    review: reviewOf(c).status,
  };
}

/** Staff of Dordrecht Academy: the first account comes from the environment (or the demo seed). */
export interface StaffAccount extends Doc {
  name: string;
  email: string;
  passwordHash: string;
  /** Staff accounts come from the environment or the seed: verified unless a change of address waits. */
  emailVerifiedAt?: string | null;
}

export const STAFF = { name: 'staff_accounts', indexes: [{ fields: ['email'], unique: true }] };
