import { EventTypes, type ApplicationStatus } from '@cb/contracts';
import { newEvent } from '@cb/kit';
import { applicationFacts, type Application } from '../domain/application';
import { placementFacts, type Placement } from '../domain/placement';

/** The events this service publishes: facts only, never the motivation or a note (DESIGN.md §2). */
const SOURCE = '/services/placements';

export const applicationSubmitted = (a: Application) =>
  newEvent(SOURCE, EventTypes.applicationSubmitted, a.id, applicationFacts(a));

/** Who made the move and the system's reason travel with it (the notifications service words them); the note does not. */
export const applicationMoved = (from: ApplicationStatus, a: Application) => {
  const move = a.history.at(-1);
  return newEvent(SOURCE, EventTypes.applicationMoved, a.id, { ...applicationFacts(a), from, by: move?.by, reason: move?.reason ?? null });
};

export const placementConfirmed = (p: Placement) => newEvent(SOURCE, EventTypes.placementConfirmed, p.id, placementFacts(p));

export const placementChanged = (p: Placement) => newEvent(SOURCE, EventTypes.placementChanged, p.id, placementFacts(p));
