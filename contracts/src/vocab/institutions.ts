/**
 * Higher-education institutions that send bachelor and Associate Degree (AD) students to the
 * Drechtsteden, with a selection of their programmes.
 *
 * Ids are stable: never rename one. Programme ids are unique across all institutions and start
 * with a short prefix of their institution (e.g. 'hr-hbo-ict'). The list is a curated selection
 * for matching and reporting, not a complete catalogue of each institution.
 */
import type { Sector } from './sectors';

export type ProgrammeLevel = 'AD' | 'BACHELOR';

export interface Programme {
  /** Stable kebab-case id, unique across institutions, e.g. 'hr-hbo-ict'. */
  readonly id: string;
  readonly nl: string;
  readonly en: string;
  readonly levels: readonly ProgrammeLevel[];
  /** The sector the programme mainly prepares for (used for reporting by sector). */
  readonly sector: Sector;
}

export interface Institution {
  /** Stable kebab-case id, e.g. 'hogeschool-rotterdam'. */
  readonly id: string;
  readonly name: string;
  /** Main city (institutions with several locations list the one nearest to Dordrecht). */
  readonly city: string;
  readonly kind: 'HBO' | 'WO';
  readonly programmes: readonly Programme[];
}

const B: readonly ProgrammeLevel[] = ['BACHELOR'];
const AD: readonly ProgrammeLevel[] = ['AD'];

export const INSTITUTIONS: readonly Institution[] = [
  {
    id: 'hogeschool-rotterdam',
    name: 'Hogeschool Rotterdam',
    city: 'Rotterdam',
    kind: 'HBO',
    programmes: [
      { id: 'hr-hbo-ict', nl: 'Informatica (HBO-ICT)', en: 'Computer Science (ICT)', levels: B, sector: 'ICT' },
      { id: 'hr-verpleegkunde', nl: 'Verpleegkunde', en: 'Nursing', levels: B, sector: 'HEALTHCARE' },
      { id: 'hr-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hr-elektrotechniek', nl: 'Elektrotechniek', en: 'Electrical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hr-civiele-techniek', nl: 'Civiele Techniek', en: 'Civil Engineering', levels: B, sector: 'CONSTRUCTION' },
      { id: 'hr-bouwkunde', nl: 'Bouwkunde', en: 'Built Environment', levels: B, sector: 'CONSTRUCTION' },
      { id: 'hr-maritiem-officier', nl: 'Maritiem Officier', en: 'Maritime Officer', levels: B, sector: 'MARITIME' },
      { id: 'hr-logistics-management', nl: 'Logistiek Management', en: 'Logistics Management', levels: B, sector: 'LOGISTICS' },
    ],
  },
  {
    id: 'dordrecht-academy',
    name: 'Dordrecht Academy',
    city: 'Dordrecht',
    kind: 'HBO',
    // Associate Degrees offered in Dordrecht under the Dordrecht Academy flag by its partner
    // universities of applied sciences (Hogeschool Rotterdam, Hogeschool Inholland, CHE).
    programmes: [
      { id: 'da-ad-engineering', nl: 'Ad Engineering', en: 'AD Engineering', levels: AD, sector: 'ENGINEERING' },
      { id: 'da-ad-logistiek-management', nl: 'Ad Logistiek Management', en: 'AD Logistics Management', levels: AD, sector: 'LOGISTICS' },
      { id: 'da-ad-business-studies-logistiek', nl: 'Ad Business Studies Logistiek', en: 'AD Business Studies Logistics', levels: AD, sector: 'LOGISTICS' },
      { id: 'da-ad-integraal-bouwmanagement', nl: 'Ad Integraal Bouwmanagement', en: 'AD Integrated Construction Management', levels: AD, sector: 'CONSTRUCTION' },
      { id: 'da-ad-pedagogisch-educatief-professional', nl: 'Ad Pedagogisch Educatief Professional', en: 'AD Educational Professional', levels: AD, sector: 'EDUCATION' },
      { id: 'da-ad-sociaal-werk', nl: 'Ad Sociaal Werk', en: 'AD Social Work', levels: AD, sector: 'HEALTHCARE' },
    ],
  },
  {
    id: 'hogeschool-inholland',
    name: 'Hogeschool Inholland',
    city: 'Rotterdam',
    kind: 'HBO',
    programmes: [
      { id: 'inh-verpleegkunde', nl: 'Verpleegkunde', en: 'Nursing', levels: B, sector: 'HEALTHCARE' },
      { id: 'inh-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'inh-civiele-techniek', nl: 'Civiele Techniek', en: 'Civil Engineering', levels: B, sector: 'CONSTRUCTION' },
      { id: 'inh-watermanagement', nl: 'Watermanagement', en: 'Water Management', levels: B, sector: 'ENGINEERING' },
      { id: 'inh-ad-software-development', nl: 'Ad Software Development', en: 'AD Software Development', levels: AD, sector: 'ICT' },
      { id: 'inh-ad-zorg-en-welzijn', nl: 'Ad Zorg en Welzijn', en: 'AD Health and Social Care', levels: AD, sector: 'HEALTHCARE' },
    ],
  },
  {
    id: 'avans-hogeschool',
    name: 'Avans Hogeschool',
    city: 'Breda',
    kind: 'HBO',
    programmes: [
      { id: 'avans-informatica', nl: 'Informatica', en: 'Computer Science', levels: B, sector: 'ICT' },
      { id: 'avans-verpleegkunde', nl: 'Verpleegkunde', en: 'Nursing', levels: B, sector: 'HEALTHCARE' },
      { id: 'avans-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'avans-elektrotechniek', nl: 'Elektrotechniek', en: 'Electrical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'avans-bouwkunde', nl: 'Bouwkunde', en: 'Built Environment', levels: B, sector: 'CONSTRUCTION' },
      { id: 'avans-chemie', nl: 'Chemie', en: 'Chemistry', levels: B, sector: 'MANUFACTURING' },
    ],
  },
  {
    id: 'haagse-hogeschool',
    name: 'De Haagse Hogeschool',
    city: 'Den Haag',
    kind: 'HBO',
    programmes: [
      { id: 'hhs-hbo-ict', nl: 'HBO-ICT', en: 'ICT', levels: B, sector: 'ICT' },
      { id: 'hhs-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hhs-elektrotechniek', nl: 'Elektrotechniek', en: 'Electrical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hhs-industrieel-product-ontwerpen', nl: 'Industrieel Product Ontwerpen', en: 'Industrial Design Engineering', levels: B, sector: 'MANUFACTURING' },
      { id: 'hhs-fysiotherapie', nl: 'Fysiotherapie', en: 'Physiotherapy', levels: B, sector: 'HEALTHCARE' },
      { id: 'hhs-bestuurskunde', nl: 'Bestuurskunde', en: 'Public Administration', levels: B, sector: 'GOVERNMENT' },
    ],
  },
  {
    id: 'hogeschool-utrecht',
    name: 'Hogeschool Utrecht',
    city: 'Utrecht',
    kind: 'HBO',
    programmes: [
      { id: 'hu-hbo-ict', nl: 'HBO-ICT', en: 'ICT', levels: B, sector: 'ICT' },
      { id: 'hu-verpleegkunde', nl: 'Verpleegkunde', en: 'Nursing', levels: B, sector: 'HEALTHCARE' },
      { id: 'hu-fysiotherapie', nl: 'Fysiotherapie', en: 'Physiotherapy', levels: B, sector: 'HEALTHCARE' },
      { id: 'hu-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hu-elektrotechniek', nl: 'Elektrotechniek', en: 'Electrical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hu-civiele-techniek', nl: 'Civiele Techniek', en: 'Civil Engineering', levels: B, sector: 'CONSTRUCTION' },
      { id: 'hu-leraar-basisonderwijs', nl: 'Leraar Basisonderwijs (pabo)', en: 'Primary School Teacher Education', levels: B, sector: 'EDUCATION' },
    ],
  },
  {
    id: 'hogeschool-van-amsterdam',
    name: 'Hogeschool van Amsterdam',
    city: 'Amsterdam',
    kind: 'HBO',
    programmes: [
      { id: 'hva-hbo-ict', nl: 'HBO-ICT', en: 'ICT', levels: B, sector: 'ICT' },
      { id: 'hva-verpleegkunde', nl: 'Verpleegkunde', en: 'Nursing', levels: B, sector: 'HEALTHCARE' },
      { id: 'hva-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hva-elektrotechniek', nl: 'Elektrotechniek', en: 'Electrical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hva-maritiem-officier', nl: 'Maritiem Officier', en: 'Maritime Officer', levels: B, sector: 'MARITIME' },
      { id: 'hva-logistics-management', nl: 'Logistics Management', en: 'Logistics Management', levels: B, sector: 'LOGISTICS' },
    ],
  },
  {
    id: 'hogeschool-leiden',
    name: 'Hogeschool Leiden',
    city: 'Leiden',
    kind: 'HBO',
    programmes: [
      { id: 'hl-informatica', nl: 'Informatica', en: 'Computer Science', levels: B, sector: 'ICT' },
      { id: 'hl-verpleegkunde', nl: 'Verpleegkunde', en: 'Nursing', levels: B, sector: 'HEALTHCARE' },
      { id: 'hl-fysiotherapie', nl: 'Fysiotherapie', en: 'Physiotherapy', levels: B, sector: 'HEALTHCARE' },
      { id: 'hl-social-work', nl: 'Social Work', en: 'Social Work', levels: B, sector: 'HEALTHCARE' },
      { id: 'hl-pedagogiek', nl: 'Pedagogiek', en: 'Pedagogy', levels: B, sector: 'EDUCATION' },
    ],
  },
  {
    id: 'fontys-hogescholen',
    name: 'Fontys Hogescholen',
    city: 'Eindhoven',
    kind: 'HBO',
    programmes: [
      { id: 'fontys-hbo-ict', nl: 'HBO-ICT', en: 'ICT', levels: B, sector: 'ICT' },
      { id: 'fontys-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'fontys-elektrotechniek', nl: 'Elektrotechniek', en: 'Electrical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'fontys-mechatronica', nl: 'Mechatronica', en: 'Mechatronics', levels: B, sector: 'MANUFACTURING' },
      { id: 'fontys-verpleegkunde', nl: 'Verpleegkunde', en: 'Nursing', levels: B, sector: 'HEALTHCARE' },
    ],
  },
  {
    id: 'hz-university-of-applied-sciences',
    name: 'HZ University of Applied Sciences',
    city: 'Vlissingen',
    kind: 'HBO',
    programmes: [
      { id: 'hz-maritiem-officier', nl: 'Maritiem Officier', en: 'Maritime Officer', levels: B, sector: 'MARITIME' },
      { id: 'hz-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'hz-civiele-techniek', nl: 'Civiele Techniek', en: 'Civil Engineering', levels: B, sector: 'CONSTRUCTION' },
      { id: 'hz-watermanagement', nl: 'Watermanagement', en: 'Water Management', levels: B, sector: 'ENGINEERING' },
      { id: 'hz-logistics-management', nl: 'Logistics Management', en: 'Logistics Management', levels: B, sector: 'LOGISTICS' },
    ],
  },
  {
    id: 'christelijke-hogeschool-ede',
    name: 'Christelijke Hogeschool Ede',
    city: 'Ede',
    kind: 'HBO',
    programmes: [
      { id: 'che-verpleegkunde', nl: 'Verpleegkunde', en: 'Nursing', levels: B, sector: 'HEALTHCARE' },
      { id: 'che-social-work', nl: 'Social Work', en: 'Social Work', levels: ['AD', 'BACHELOR'], sector: 'HEALTHCARE' },
      { id: 'che-leraar-basisonderwijs', nl: 'Leraar Basisonderwijs (pabo)', en: 'Primary School Teacher Education', levels: B, sector: 'EDUCATION' },
      { id: 'che-pedagogiek', nl: 'Pedagogiek', en: 'Pedagogy', levels: B, sector: 'EDUCATION' },
    ],
  },
  {
    id: 'tu-delft',
    name: 'Technische Universiteit Delft',
    city: 'Delft',
    kind: 'WO',
    programmes: [
      { id: 'tud-werktuigbouwkunde', nl: 'Werktuigbouwkunde', en: 'Mechanical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'tud-elektrotechniek', nl: 'Elektrotechniek', en: 'Electrical Engineering', levels: B, sector: 'ENGINEERING' },
      { id: 'tud-technische-informatica', nl: 'Technische Informatica', en: 'Computer Science and Engineering', levels: B, sector: 'ICT' },
      { id: 'tud-civiele-techniek', nl: 'Civiele Techniek', en: 'Civil Engineering', levels: B, sector: 'CONSTRUCTION' },
      { id: 'tud-maritieme-techniek', nl: 'Maritieme Techniek', en: 'Marine Technology', levels: B, sector: 'MARITIME' },
      { id: 'tud-bouwkunde', nl: 'Bouwkunde', en: 'Architecture, Urbanism and Building Sciences', levels: B, sector: 'CONSTRUCTION' },
      { id: 'tud-klinische-technologie', nl: 'Klinische Technologie', en: 'Clinical Technology', levels: B, sector: 'HEALTHCARE' },
      { id: 'tud-technische-bestuurskunde', nl: 'Technische Bestuurskunde', en: 'Systems Engineering, Policy Analysis and Management', levels: B, sector: 'GOVERNMENT' },
    ],
  },
  {
    id: 'erasmus-universiteit-rotterdam',
    name: 'Erasmus Universiteit Rotterdam',
    city: 'Rotterdam',
    kind: 'WO',
    programmes: [
      { id: 'eur-geneeskunde', nl: 'Geneeskunde', en: 'Medicine', levels: B, sector: 'HEALTHCARE' },
      { id: 'eur-gezondheidswetenschappen', nl: 'Gezondheidswetenschappen', en: 'Health Sciences', levels: B, sector: 'HEALTHCARE' },
      { id: 'eur-psychologie', nl: 'Psychologie', en: 'Psychology', levels: B, sector: 'HEALTHCARE' },
      { id: 'eur-bedrijfskunde', nl: 'Bedrijfskunde', en: 'Business Administration', levels: B, sector: 'BUSINESS_SERVICES' },
      { id: 'eur-econometrie', nl: 'Econometrie en Operationele Research', en: 'Econometrics and Operations Research', levels: B, sector: 'BUSINESS_SERVICES' },
      { id: 'eur-bestuurskunde', nl: 'Bestuurskunde', en: 'Public Administration', levels: B, sector: 'GOVERNMENT' },
    ],
  },
];

export const INSTITUTION_IDS: ReadonlySet<string> = new Set(INSTITUTIONS.map((i) => i.id));

const INSTITUTION_BY_ID: ReadonlyMap<string, Institution> = new Map(INSTITUTIONS.map((i) => [i.id, i]));

const PROGRAMME_BY_ID: ReadonlyMap<string, { programme: Programme; institution: Institution }> = new Map(
  INSTITUTIONS.flatMap((institution) =>
    institution.programmes.map((programme) => [programme.id, { programme, institution }] as const),
  ),
);

export const PROGRAMME_IDS: ReadonlySet<string> = new Set(PROGRAMME_BY_ID.keys());

export function institutionById(id: string): Institution | undefined {
  return INSTITUTION_BY_ID.get(id);
}

export function programmeById(id: string): Programme | undefined {
  return PROGRAMME_BY_ID.get(id)?.programme;
}

/** The institution that offers the programme with this id. */
export function institutionOfProgramme(programmeId: string): Institution | undefined {
  return PROGRAMME_BY_ID.get(programmeId)?.institution;
}
