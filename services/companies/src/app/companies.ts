import { randomUUID } from 'node:crypto';
import { EventTypes } from '@cb/contracts';
import {
  DuplicateKeyError,
  conflict,
  checkAgainstDecoy,
  argon2Passwords,
  forbidden,
  isCompany,
  isStaff,
  newEvent,
  notFound,
  parseInput,
  type Passwords,
  requireRole,
  type Collection,
  type Store,
  type Viewer,
} from '@cb/kit';
import { COMPANIES, STAFF, companyFacts, registerCompanyInput, type Company, type StaffAccount } from '../domain/company';

const SOURCE = '/services/companies';

export type Principal = { accountId: string; role: 'COMPANY' | 'STAFF'; companyId?: string };

export class CompanyUseCases {
  readonly companies: Collection<Company>;
  readonly staff: Collection<StaffAccount>;

  constructor(
    store: Store,
    private readonly passwords: Passwords = argon2Passwords,
  ) {
    this.companies = store.collection<Company>(COMPANIES);
    this.staff = store.collection<StaffAccount>(STAFF);
  }

  async register(rawInput: unknown, now = new Date()): Promise<Company> {
    const input = parseInput(registerCompanyInput, rawInput);
    const company: Company = {
      id: `com_${randomUUID()}`,
      name: input.name,
      kvkNumber: input.kvkNumber,
      municipalityId: input.municipalityId,
      sector: input.sector,
      impactLabel: input.impactLabel,
      mboAkkoord: input.mboAkkoord,
      website: input.website ?? null,
      description: input.description ?? null,
      status: 'PENDING',
      registeredAt: now.toISOString(),
      approvedAt: null,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      passwordHash: await this.passwords.hash(input.password),
    };
    try {
      return await this.companies.insert(company, {
        events: [newEvent(SOURCE, EventTypes.companyRegistered, company.id, companyFacts(company))],
      });
    } catch (err) {
      if (!(err instanceof DuplicateKeyError)) throw err;
      throw err.index === 'kvkNumber'
        ? conflict(`An organisation with KvK number ${company.kvkNumber} is already registered.`)
        : conflict('An account with this e-mail address already exists; sign in instead.');
    }
  }

  /** Staff approve a new organisation before it can publish: fake postings hurt students most. */
  async approve(viewer: Viewer | undefined, id: string, now = new Date()): Promise<Company> {
    requireRole(viewer, 'STAFF');
    const company = await this.companies.get(id);
    if (!company) throw notFound('organisation', id);
    if (company.status === 'APPROVED') return company;
    const approved: Company = { ...company, status: 'APPROVED', approvedAt: now.toISOString() };
    return this.companies.update(approved, {
      events: [newEvent(SOURCE, EventTypes.companyUpdated, id, companyFacts(approved))],
    });
  }

  /** Approved organisations are public; a pending one only to itself and staff. */
  async find(viewer: Viewer | undefined, id: string): Promise<Company | null> {
    const company = await this.companies.get(id);
    if (!company) return null;
    if (company.status === 'APPROVED' || isStaff(viewer) || isCompany(viewer, id)) return company;
    return null;
  }

  async list(viewer: Viewer | undefined, status: 'PENDING' | 'APPROVED'): Promise<Company[]> {
    if (status !== 'APPROVED' && !isStaff(viewer)) throw forbidden('Only staff may list organisations awaiting approval.');
    return this.companies.find({ status }, { sort: { field: 'name', direction: 'asc' } });
  }

  /** Used only by the gateway's sign-in; unknown addresses cost as much time as wrong passwords. */
  async verifyCredentials(email: string, password: string): Promise<Principal | null> {
    const address = email.trim().toLowerCase();
    const [company] = await this.companies.find({ contactEmail: address }, { limit: 1 });
    if (company) return (await this.passwords.matches(company.passwordHash, password)) ? { accountId: company.id, role: 'COMPANY', companyId: company.id } : null;
    const [staff] = await this.staff.find({ email: address }, { limit: 1 });
    if (staff) return (await this.passwords.matches(staff.passwordHash, password)) ? { accountId: staff.id, role: 'STAFF' } : null;
    await checkAgainstDecoy(password);
    return null;
  }

  /** Creates a staff account unless one with this address exists (start-up from env, demo seed). */
  async ensureStaffAccount(name: string, email: string, password: string): Promise<void> {
    const address = email.trim().toLowerCase();
    if ((await this.staff.count({ email: address })) > 0) return;
    await this.staff.insert({ id: `stf_${randomUUID()}`, name, email: address, passwordHash: await argon2Passwords.hash(password) });
  }
}
