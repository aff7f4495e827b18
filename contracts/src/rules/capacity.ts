import type { PlacementStatus } from '../enums';

/**
 * How many places an assignment has left, once for every service. A placement holds its seat from
 * confirmation on, also once it has started or completed; a cancelled placement frees its seat.
 */
export const HOLDING_STATUSES: readonly PlacementStatus[] = ['CONFIRMED', 'ACTIVE', 'COMPLETED'];

export const holdsPlace = (status: PlacementStatus): boolean => HOLDING_STATUSES.includes(status);

/** Places minus the seats taken, never below zero (places may be lowered only down to the seats taken). */
export const placesLeft = (places: number, seatsTaken: number): number => Math.max(0, places - seatsTaken);
