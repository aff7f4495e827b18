import { randomUUID } from 'node:crypto';
import { Reasons, EventTypes, normaliseEmail, type Language } from '@cb/contracts';
import {
  updateWithRetry,
  badInput,
  conflict,
  checkAgainstDecoy,
  claimExistingAccounts,
  type EmailClaims,
  argon2Passwords,
  forbidden,
  newEvent,
  notFound,
  parseInput,
  type Passwords,
  requireViewer,
  type Collection,
  type OutgoingEvent,
  type Store,
  type Principal,
  type Viewer,
  logger,
  type ById,
  type AccountDirectory,
  type OwnedAccount,
  isVerified,
  type RegistrationSteps,
  registerAccount,
} from '@cb/kit';
import {
  COMPANIES,
  REQUIRED_PROFILE_FIELDS,
  STAFF,
  companyFacts,
  registerCompanyInput,
  reviewNoteInput,
  reviewOf,
  updateCompanyProfileInput,
  type Company,
  type CompanyReviewStatus,
  type StaffAccount,
} from '../domain/company';
import { answersInformationRequest, mayEditCompanyProfile, mayListUnapproved, mayReviewCompany, maySeeCompany } from '../domain/policy';

const SOURCE = '/services/companies';

export class CompanyUseCases {
  readonly companies: Collection<Company>;
  readonly staff: Collection<StaffAccount>;

  constructor(
    store: Store,
    /** One address, one account across the marketplace (kit/identity/email-claims.ts). */
    private readonly claims: EmailClaims,
    private readonly passwords: Passwords = argon2Passwords,
  ) {
    this.companies = store.collection<Company>(COMPANIES);
    this.staff = store.collection<StaffAccount>(STAFF);
  }

  /** An organisation (status PENDING) and its contact's account, registered in the kit's one order (registerAccount); `steps` as RegistrationSteps says. */
  async register(rawInput: unknown, ...steps: RegistrationSteps<Company>): Promise<Company> {
    const input = parseInput(registerCompanyInput, rawInput);
    const registrar = { claims: this.claims, passwords: this.passwords, owner: 'companies' as const, accounts: this.companies };
    return registerAccount(registrar, steps, (now, emailVerifiedAt) => {
      const company: Omit<Company, 'passwordHash'> = {
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
        emailVerifiedAt,
      };
      return {
        record: company,
        email: company.contactEmail,
        emailField: 'input.contactEmail',
        password: input.password,
        registered: (c) => newEvent(SOURCE, EventTypes.companyRegistered, c.id, companyFacts(c)),
        duplicate: (err) =>
          err.index === 'kvkNumber' ? conflict(Reasons.KVK_IN_USE, `An organisation with KvK number ${company.kvkNumber} is already registered.`, { field: 'input.kvkNumber' }) : undefined,
      };
    });
  }

  /** The migration at start: existing contacts and staff claim their addresses; conflicts are reported. */
  async claimExistingAddresses(): Promise<number> {
    const [companies, staff] = await Promise.all([this.companies.find({}), this.staff.find({})]);
    // Staff first: where a contact and a staff member share an address, the staff account keeps it.
    return claimExistingAccounts(this.claims, 'companies', [
      ...staff.map((s) => ({ accountId: s.id, email: s.email })),
      ...companies.map((c) => ({ accountId: c.id, email: c.contactEmail })),
    ]);
  }

  /** Staff approve a new organisation before it can publish: fake postings hurt students most. */
  async approve(viewer: Viewer | undefined, id: string, now = new Date()): Promise<Company> {
    const company = await this.forReview(viewer, id);
    if (company.status === 'APPROVED') return company;
    if (reviewOf(company).status === 'REJECTED') {
      throw conflict(Reasons.ORGANISATION_ALREADY_REVIEWED, 'This organisation was rejected; it cannot be approved now. It may register again.');
    }
    const at = now.toISOString();
    const approved: Company = { ...company, status: 'APPROVED', approvedAt: at, review: { status: 'APPROVED', note: null, at } };
    return this.companies.update(approved, {
      events: [newEvent(SOURCE, EventTypes.companyUpdated, id, companyFacts(approved))],
    });
  }

  /** Staff refuse an organisation, with the reason it is shown. It stays unapproved (status PENDING). */
  async reject(viewer: Viewer | undefined, id: string, rawReason: unknown, now = new Date()): Promise<Company> {
    const reason = parseInput(reviewNoteInput, rawReason, 'reason');
    const company = await this.forReview(viewer, id);
    if (company.status === 'APPROVED') {
      throw conflict(Reasons.ORGANISATION_ALREADY_REVIEWED, 'This organisation has already been approved; it can no longer be rejected.');
    }
    const rejected: Company = { ...company, review: { status: 'REJECTED', note: reason, at: now.toISOString() } };
    // The event says only that it was rejected (the note stays here): the organisation is told by the notifications service.
    return this.companies.update(rejected, { events: [newEvent(SOURCE, EventTypes.companyUpdated, id, companyFacts(rejected))] });
  }

  /** Staff ask for more before deciding; the organisation answers by editing its profile. */
  async requestInformation(viewer: Viewer | undefined, id: string, rawMessage: unknown, now = new Date()): Promise<Company> {
    const message = parseInput(reviewNoteInput, rawMessage, 'message');
    const company = await this.forReview(viewer, id);
    const current = reviewOf(company).status;
    if (current === 'APPROVED' || current === 'REJECTED') {
      throw conflict(Reasons.ORGANISATION_ALREADY_REVIEWED, `This organisation has already been ${current.toLowerCase()}; there is nothing left to ask.`);
    }
    return this.companies.update({ ...company, review: { status: 'INFORMATION_REQUESTED', note: message, at: now.toISOString() } });
  }

  /**
   * The organisation (or staff) edits its profile. Other services learn the new public facts; the
   * contact person stays here. An edit after a request for information puts the review back to
   * PENDING, so staff see it is their turn again.
   */
  async updateProfile(viewer: Viewer | undefined, id: string, rawInput: unknown): Promise<Company> {
    requireViewer(viewer);
    const input = parseInput(updateCompanyProfileInput, rawInput);
    for (const key of REQUIRED_PROFILE_FIELDS) {
      if (input[key] === null) throw badInput(`input.${key}`, Reasons.CANNOT_BE_CLEARED, `input.${key}: cannot be cleared; leave it out to keep it.`);
    }
    if (!mayEditCompanyProfile(viewer, id)) throw forbidden(Reasons.NOT_YOURS, "Only the organisation itself, or staff, may edit an organisation's profile.");
    const changed = await updateWithRetry(this.companies, id, (company) => {
      const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<Company>;
      const review = reviewOf(company);
      const next: Company = {
        ...company,
        ...given,
        review: review.status === 'INFORMATION_REQUESTED' && answersInformationRequest(viewer) ? { ...review, status: 'PENDING' } : company.review,
      };
      return { doc: next, events: [newEvent(SOURCE, EventTypes.companyUpdated, id, companyFacts(next))] };
    }, 5);
    if (!changed) throw notFound('organisation', id);
    return changed;
  }

  private async forReview(viewer: Viewer | undefined, id: string): Promise<Company> {
    requireViewer(viewer);
    if (!mayReviewCompany(viewer)) throw forbidden(Reasons.STAFF_ONLY, 'Only Dordrecht Academy staff review organisations.');
    const company = await this.companies.get(id);
    if (!company) throw notFound('organisation', id);
    return company;
  }

  /** Approved organisations are public; a pending one only to itself and staff. */
  /** `byId`: how to read it, e.g. batched over a page of federation references (graphql/resolvers.ts). */
  async find(viewer: Viewer | undefined, id: string, byId: ById<Company> = (id) => this.companies.get(id)): Promise<Company | null> {
    const company = await byId(id);
    if (!company) return null;
    return maySeeCompany(viewer, company) ? company : null;
  }

  /**
   * Organisations by status, narrowed to some review statuses when asked (a rejected organisation keeps
   * status PENDING, so staff's queue asks for PENDING and INFORMATION_REQUESTED reviews).
   */
  async list(viewer: Viewer | undefined, status: 'PENDING' | 'APPROVED', reviewStatuses?: readonly CompanyReviewStatus[] | null): Promise<Company[]> {
    if (status !== 'APPROVED' && !mayListUnapproved(viewer)) throw forbidden(Reasons.STAFF_ONLY, 'Only staff may list organisations awaiting approval.');
    const companies = await this.companies.find({ status }, { sort: { field: 'name', direction: 'asc' } });
    // Filtered here, not in the store: the review is a nested field, absent on older organisations
    // (see reviewOf), and the unapproved ones are few.
    return reviewStatuses ? companies.filter((c) => reviewStatuses.includes(reviewOf(c).status)) : companies;
  }

  /**
   * Used only by the gateway's sign-in; unknown addresses cost as much time as wrong passwords. Only
   * the account holding the address's claim can sign in with it, so an organisation registered on a
   * staff member's address (before the claims existed) cannot sign in in their place.
   */
  /** The organisation's contact address, for internal callers only (the mail relay); null when unknown. */
  async contactOf(id: string): Promise<{ email: string; language: Language } | null> {
    const company = await this.companies.get(id);
    return company ? { email: company.contactEmail, language: company.preferredLanguage ?? 'NL' } : null;
  }

  async verifyCredentials(email: string, password: string): Promise<Principal | null> {
    const address = normaliseEmail(email);
    const holder = await this.claims.holderOf(address);
    const [staff] = await this.staff.find({ email: address }, { limit: 1 });
    const [company] = await this.companies.find({ contactEmail: address }, { limit: 1 });
    const account: { id: string; passwordHash: string; principal: Principal } | undefined =
      staff && staff.id === holder
        ? { id: staff.id, passwordHash: staff.passwordHash, principal: { accountId: staff.id, role: 'STAFF' } }
        : company && company.id === holder
          ? { id: company.id, passwordHash: company.passwordHash, principal: { accountId: company.id, role: 'COMPANY', companyId: company.id } }
          : undefined;
    if (!account) {
      await checkAgainstDecoy(password);
      return null;
    }
    return (await this.passwords.matches(account.passwordHash, password)) ? account.principal : null;
  }

  /** Organisation contacts (ids `com_…`) and staff, for the kit's password and address flows. */
  accounts(): AccountDirectory {
    const own = (a: { id: string; passwordHash: string; emailVerifiedAt?: string | null } | undefined, email: string | undefined): OwnedAccount | undefined =>
      a && email !== undefined ? { id: a.id, email, passwordHash: a.passwordHash, emailVerified: isVerified(a) } : undefined;
    const find = async (id: string) => {
      if (id.startsWith('com_')) {
        const c = await this.companies.get(id);
        return own(c, c?.contactEmail);
      }
      const s = await this.staff.get(id);
      return own(s, s?.email);
    };
    const edit = async (id: string, change: { passwordHash?: string; email?: string; emailVerifiedAt?: string }, events: OutgoingEvent[] = []) => {
      const { email, ...rest } = change;
      if (id.startsWith('com_')) {
        await updateWithRetry(this.companies, id, (c) => ({ doc: { ...c, ...rest, ...(email ? { contactEmail: email } : {}) }, events }));
      } else {
        await updateWithRetry(this.staff, id, (s) => ({ doc: { ...s, ...rest, ...(email ? { email } : {}) }, events }));
      }
    };
    return {
      find,
      // The claim decides between a staff member and a contact sharing an address (as at sign-in).
      findByEmail: async (email) => {
        const holder = await this.claims.holderOf(email);
        return holder ? find(holder) : undefined;
      },
      setPassword: (id, passwordHash, events) => edit(id, { passwordHash }, events),
      setVerifiedEmail: (id, email, at) => edit(id, { email, emailVerifiedAt: at.toISOString() }),
    };
  }

  /**
   * Creates a staff account unless one with this address exists (start-up from env, demo seed). An
   * address another account already holds is not taken over: that is reported and no staff account made.
   */
  async ensureStaffAccount(name: string, email: string, password: string): Promise<void> {
    const address = normaliseEmail(email);
    // An existing staff account claimed its address with the others at start (claimExistingAddresses).
    if ((await this.staff.count({ email: address })) > 0) return;
    const id = `stf_${randomUUID()}`;
    if ((await this.claims.claim(address, id, 'companies')) === 'taken') {
      logger.warn('STAFF_EMAIL is already in use by another account; no staff account was created for it');
      return;
    }
    await this.staff.insert({ id, name, email: address, passwordHash: await argon2Passwords.hash(password) });
  }
}
