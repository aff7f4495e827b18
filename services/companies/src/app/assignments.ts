import { randomUUID } from 'node:crypto';
import { Reasons, EventTypes, amsterdamDate, holdsPlace, maySeeAssignment, placesAllowed, type PlacementFacts } from '@cb/contracts';
import {
  badInput,
  conflict,
  emailNotVerified,
  forbidden,
  newEvent,
  notFound,
  parseInput,
  requireRole,
  type Collection,
  type Store,
  type Viewer,
  type ById,
} from '@cb/kit';
import {
  ASSIGNMENTS,
  PLACEMENT_SEATS,
  assignmentFacts,
  assignmentPatch,
  checkAssignment,
  createAssignmentInput,
  type Assignment,
  type PlacementSeat,
} from '../domain/assignment';
import type { Company } from '../domain/company';
import { mayChangeAssignment, mayPublishWithContactOf, maySeeUnpublished } from '../domain/policy';

const SOURCE = '/services/companies';

export class AssignmentUseCases {
  readonly assignments: Collection<Assignment>;
  readonly seats: Collection<PlacementSeat>;

  constructor(
    store: Store,
    private readonly companies: Collection<Company>,
    /** The server decides what "today" is (Europe/Amsterdam), never the client. */
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.assignments = store.collection<Assignment>(ASSIGNMENTS);
    this.seats = store.collection<PlacementSeat>(PLACEMENT_SEATS);
  }

  async create(viewer: Viewer | undefined, rawInput: unknown, now = this.clock()): Promise<Assignment> {
    const { companyId } = requireRole(viewer, 'COMPANY');
    const company = await this.companies.get(companyId!);
    if (!company) throw notFound('organisation', companyId!);
    const input = parseInput(createAssignmentInput, rawInput);
    const assignment: Assignment = {
      ...input,
      id: `asg_${randomUUID()}`,
      companyId: company.id,
      status: 'DRAFT',
      sector: input.sector ?? company.sector,
      municipalityId: input.municipalityId ?? company.municipalityId,
      createdAt: now.toISOString(),
      publishedAt: null,
      closedAt: null,
    };
    checkAssignment(assignment, amsterdamDate(now), new Set(Object.keys(assignment)));
    return this.assignments.insert(assignment, {
      events: [newEvent(SOURCE, EventTypes.assignmentChanged, assignment.id, assignmentFacts(assignment))],
    });
  }

  async update(viewer: Viewer | undefined, id: string, rawInput: unknown, now = this.clock()): Promise<Assignment> {
    const current = await this.ownAssignment(viewer, id);
    if (current.status === 'CLOSED') throw conflict(Reasons.ASSIGNMENT_CLOSED, 'This assignment is closed; create a new one instead.');
    const patch = parseInput(assignmentPatch, rawInput);
    const next = { ...current } as Record<string, unknown>;
    const changed = new Set<string>();
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      changed.add(key);
      if (value === null && !['applicationDeadline', 'allowancePerMonth'].includes(key)) {
        throw badInput(`input.${key}`, Reasons.CANNOT_BE_CLEARED, `input.${key}: cannot be cleared; leave it out to keep it.`);
      }
      next[key] = value;
    }
    const updated = next as unknown as Assignment;
    checkAssignment(updated, amsterdamDate(now), changed);
    const taken = await this.placesTaken(id);
    if (!placesAllowed(updated.places, taken)) {
      throw conflict(Reasons.PLACES_BELOW_TAKEN, `places: ${taken} students already have a confirmed place; places cannot go below ${taken}.`, { field: 'input.places', min: taken });
    }
    return this.assignments.update(updated, {
      events: [newEvent(SOURCE, EventTypes.assignmentChanged, id, assignmentFacts(updated))],
    });
  }

  async publish(viewer: Viewer | undefined, id: string, now = this.clock()): Promise<Assignment> {
    const current = await this.ownAssignment(viewer, id);
    if (current.status === 'PUBLISHED') return current;
    if (current.status === 'CLOSED') throw conflict(Reasons.ASSIGNMENT_CLOSED, 'A closed assignment cannot be published again; create a new one.');
    // A draft that went stale is not published for the past: the posting rules on its dates again,
    // naming the field the company corrects with updateAssignment.
    checkAssignment(current, amsterdamDate(now), new Set(['periodEnd', 'applicationDeadline']));
    const company = await this.companies.get(current.companyId);
    if (company && !mayPublishWithContactOf(company)) throw emailNotVerified('publish an assignment');
    if (company?.status !== 'APPROVED') {
      throw conflict(Reasons.ORGANISATION_NOT_APPROVED, 'Your organisation is awaiting approval by Dordrecht Academy staff; you can publish once it is approved.');
    }
    const published: Assignment = { ...current, status: 'PUBLISHED', publishedAt: now.toISOString() };
    return this.assignments.update(published, {
      events: [newEvent(SOURCE, EventTypes.assignmentPublished, id, assignmentFacts(published))],
    });
  }

  async close(viewer: Viewer | undefined, id: string, now = this.clock()): Promise<Assignment> {
    const current = await this.ownAssignment(viewer, id);
    if (current.status === 'CLOSED') return current;
    const closed: Assignment = { ...current, status: 'CLOSED', closedAt: now.toISOString() };
    return this.assignments.update(closed, {
      events: [newEvent(SOURCE, EventTypes.assignmentClosed, id, assignmentFacts(closed))],
    });
  }

  /** Drafts are visible to their company and staff only; published and closed ones to everyone (contracts' maySeeAssignment). */
  /** `byId`: how to read it, e.g. batched over a page of federation references (graphql/resolvers.ts). */
  async find(viewer: Viewer | undefined, id: string, byId: ById<Assignment> = (id) => this.assignments.get(id)): Promise<Assignment | null> {
    const assignment = await byId(id);
    if (!assignment) return null;
    return maySeeAssignment(viewer, assignment) ? assignment : null;
  }

  async ofCompany(viewer: Viewer | undefined, companyId: string): Promise<Assignment[]> {
    const all = await this.assignments.find({ companyId }, { sort: { field: 'createdAt', direction: 'desc' } });
    if (maySeeUnpublished(viewer, companyId)) return all;
    return all.filter((a) => a.status === 'PUBLISHED');
  }

  /** Keeps the count of places taken, so that places cannot be reduced below it. */
  async notePlacement(p: PlacementFacts): Promise<void> {
    await this.seats.put({ id: p.placementId, assignmentId: p.assignmentId, holdsPlace: holdsPlace(p.status) });
  }

  private async placesTaken(assignmentId: string): Promise<number> {
    return this.seats.count({ assignmentId, holdsPlace: true });
  }

  private async ownAssignment(viewer: Viewer | undefined, id: string): Promise<Assignment> {
    const v = requireRole(viewer, 'COMPANY', 'STAFF');
    const assignment = await this.assignments.get(id);
    if (!assignment || !maySeeAssignment(v, assignment)) {
      throw notFound('assignment', id);
    }
    if (!mayChangeAssignment(v, assignment)) throw forbidden(Reasons.NOT_YOURS, 'This assignment belongs to another organisation.');
    return assignment;
  }
}
