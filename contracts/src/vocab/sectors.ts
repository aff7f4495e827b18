import type { Label } from './labels';

/**
 * Sectors of the Career Boost marketplace.
 *
 * Order matters: the shortage sectors of the Drechtsteden (ICT, engineering/'techniek',
 * healthcare/'zorg') come first, then the sectors in which Career Boost already ran
 * innovation agendas. These values are the GraphQL `Sector` enum values; never rename one.
 */
export const SECTORS = [
  'ICT',
  'ENGINEERING',
  'HEALTHCARE',
  'LOGISTICS',
  'CONSTRUCTION',
  'MANUFACTURING',
  'EDUCATION',
  'MARITIME',
  'ENERGY',
  'GOVERNMENT',
  'BUSINESS_SERVICES',
] as const;

export type Sector = (typeof SECTORS)[number];

/** The sectors the region is short of higher-educated staff in. */
export const SHORTAGE_SECTORS: readonly Sector[] = ['ICT', 'ENGINEERING', 'HEALTHCARE'];

export const SECTOR_LABELS: Readonly<Record<Sector, Label>> = {
  ICT: { nl: 'ICT', en: 'ICT' },
  ENGINEERING: { nl: 'Techniek', en: 'Engineering' },
  HEALTHCARE: { nl: 'Zorg', en: 'Healthcare' },
  LOGISTICS: { nl: 'Logistiek', en: 'Logistics' },
  CONSTRUCTION: { nl: 'Bouw', en: 'Construction' },
  MANUFACTURING: { nl: 'Maakindustrie', en: 'Manufacturing' },
  EDUCATION: { nl: 'Onderwijs', en: 'Education' },
  MARITIME: { nl: 'Maritiem', en: 'Maritime' },
  ENERGY: { nl: 'Energie', en: 'Energy' },
  GOVERNMENT: { nl: 'Overheid', en: 'Government' },
  BUSINESS_SERVICES: { nl: 'Zakelijke dienstverlening', en: 'Business services' },
};

const SECTOR_SET: ReadonlySet<string> = new Set<string>(SECTORS);

export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && SECTOR_SET.has(value);
}
