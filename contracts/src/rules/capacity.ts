import type { PlacementStatus } from '../enums';

/**
 * How many places an assignment has left, once for every service. A placement holds its seat from
 * confirmation on, also once it has started or completed; a cancelled placement frees its seat.
 */
export const HOLDING_STATUSES: readonly PlacementStatus[] = ['CONFIRMED', 'ACTIVE', 'COMPLETED'];

export const holdsPlace = (status: PlacementStatus): boolean => HOLDING_STATUSES.includes(status);

/** Places minus the seats taken, never below zero (places may be lowered only down to the seats taken). */
export const placesLeft = (places: number, seatsTaken: number): number => Math.max(0, places - seatsTaken);

/**
 * Whether an assignment may have this many places: never fewer than the seats its placements hold.
 * The companies service applies it when places change, counting seats from the placements service's
 * events (placement.confirmed/changed, with holdsPlace); a seat confirmed a moment ago may not have
 * reached it yet, and then placesLeft above still never goes below zero.
 */
export const placesAllowed = (places: number, seatsTaken: number): boolean => places >= seatsTaken;
