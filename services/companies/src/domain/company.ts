import { z } from 'zod';
import { Reasons, SECTORS, municipalityById, type CompanyFacts, type CompanyStatus } from '@cb/contracts';
import { text, type Doc } from '@cb/kit';

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
  passwordHash: string;
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

export function companyFacts(c: Company): CompanyFacts {
  return {
    companyId: c.id,
    name: c.name,
    municipality: c.municipalityId,
    sector: c.sector,
    impactLabel: c.impactLabel,
    mboAkkoord: c.mboAkkoord,
    approved: c.status === 'APPROVED',
  };
}

/** Staff of Dordrecht Academy: the first account comes from the environment (or the demo seed). */
export interface StaffAccount extends Doc {
  name: string;
  email: string;
  passwordHash: string;
}

export const STAFF = { name: 'staff_accounts', indexes: [{ fields: ['email'], unique: true }] };
