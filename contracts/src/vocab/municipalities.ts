/**
 * Municipalities (gemeenten) used for organisation and work locations.
 *
 * The Drechtsteden region is the seven municipalities marked `inRegion: true`; only placements at
 * a work location in one of them count toward the 1,500-students goal. The others are well-known
 * municipalities students and organisations often come from. Ids are stable: never rename one.
 */
export interface Municipality {
  /** Stable kebab-case id, e.g. 'dordrecht'. */
  readonly id: string;
  /** Display name (Dutch); for Den Haag the official CBS name is "'s-Gravenhage". */
  readonly name: string;
  readonly province: 'Zuid-Holland' | 'Noord-Holland' | 'Utrecht' | 'Noord-Brabant';
  /** CBS municipality code (GMxxxx). */
  readonly cbsCode: string;
  readonly inRegion: boolean;
}

export const MUNICIPALITIES: readonly Municipality[] = [
  // Drechtsteden
  { id: 'alblasserdam', name: 'Alblasserdam', province: 'Zuid-Holland', cbsCode: 'GM0482', inRegion: true },
  { id: 'dordrecht', name: 'Dordrecht', province: 'Zuid-Holland', cbsCode: 'GM0505', inRegion: true },
  { id: 'hardinxveld-giessendam', name: 'Hardinxveld-Giessendam', province: 'Zuid-Holland', cbsCode: 'GM0523', inRegion: true },
  { id: 'hendrik-ido-ambacht', name: 'Hendrik-Ido-Ambacht', province: 'Zuid-Holland', cbsCode: 'GM0531', inRegion: true },
  { id: 'papendrecht', name: 'Papendrecht', province: 'Zuid-Holland', cbsCode: 'GM0590', inRegion: true },
  { id: 'sliedrecht', name: 'Sliedrecht', province: 'Zuid-Holland', cbsCode: 'GM0610', inRegion: true },
  { id: 'zwijndrecht', name: 'Zwijndrecht', province: 'Zuid-Holland', cbsCode: 'GM0642', inRegion: true },
  // Outside the region
  { id: 'rotterdam', name: 'Rotterdam', province: 'Zuid-Holland', cbsCode: 'GM0599', inRegion: false },
  { id: 'gorinchem', name: 'Gorinchem', province: 'Zuid-Holland', cbsCode: 'GM0512', inRegion: false },
  { id: 'molenlanden', name: 'Molenlanden', province: 'Zuid-Holland', cbsCode: 'GM1978', inRegion: false },
  { id: 'barendrecht', name: 'Barendrecht', province: 'Zuid-Holland', cbsCode: 'GM0489', inRegion: false },
  { id: 'ridderkerk', name: 'Ridderkerk', province: 'Zuid-Holland', cbsCode: 'GM0597', inRegion: false },
  { id: 'hoeksche-waard', name: 'Hoeksche Waard', province: 'Zuid-Holland', cbsCode: 'GM1963', inRegion: false },
  { id: 'breda', name: 'Breda', province: 'Noord-Brabant', cbsCode: 'GM0758', inRegion: false },
  { id: 'utrecht', name: 'Utrecht', province: 'Utrecht', cbsCode: 'GM0344', inRegion: false },
  { id: 'den-haag', name: 'Den Haag', province: 'Zuid-Holland', cbsCode: 'GM0518', inRegion: false },
  { id: 'amsterdam', name: 'Amsterdam', province: 'Noord-Holland', cbsCode: 'GM0363', inRegion: false },
  { id: 'delft', name: 'Delft', province: 'Zuid-Holland', cbsCode: 'GM0503', inRegion: false },
  { id: 'leiden', name: 'Leiden', province: 'Zuid-Holland', cbsCode: 'GM0546', inRegion: false },
  { id: 'eindhoven', name: 'Eindhoven', province: 'Noord-Brabant', cbsCode: 'GM0772', inRegion: false },
];

/** Ids of the Drechtsteden municipalities (the region of the goal). */
export const REGION_MUNICIPALITY_IDS: ReadonlySet<string> = new Set(
  MUNICIPALITIES.filter((m) => m.inRegion).map((m) => m.id),
);

export const MUNICIPALITY_IDS: ReadonlySet<string> = new Set(MUNICIPALITIES.map((m) => m.id));

const BY_ID: ReadonlyMap<string, Municipality> = new Map(MUNICIPALITIES.map((m) => [m.id, m]));

export function municipalityById(id: string): Municipality | undefined {
  return BY_ID.get(id);
}

/** True only for a known municipality of the Drechtsteden region; unknown ids are not in it. */
export function isInRegion(id: string): boolean {
  return REGION_MUNICIPALITY_IDS.has(id);
}
